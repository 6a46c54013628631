import { z } from 'zod';
import type { PrismaClient, Role } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { checkSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn, type ThrottleKey } from './login-throttle.ts';

export const signInSchema = z.object({
  email: z.email('Enter a valid email address.').transform((email) => email.trim().toLowerCase()),
  password: z.string().min(1, 'Enter your password.').max(256, 'Password is too long.'),
});

export class InvalidCredentials extends Error {
  constructor() {
    super('Incorrect email or password.');
    this.name = 'InvalidCredentials';
  }
}

export class AccountDisabled extends Error {
  constructor(reason: 'user' | 'partner' = 'user') {
    super(reason === 'partner' ? "Your organisation's account is suspended. Contact the platform's support." : 'This account is disabled. Contact your administrator.');
    this.name = 'AccountDisabled';
  }
}

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
  customerId: string | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password with throttling by account and by client IP. Throws one of
 * InvalidCredentials, AccountDisabled, SignInLocked (each with a message fit for the user).
 */
export async function authenticate(
  db: PrismaClient,
  input: { email: unknown; password: unknown; ip: string },
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const keys: ThrottleKey[] = [
    { kind: 'email', value: email },
    { kind: 'ip', value: input.ip },
  ];

  const { delayMs } = await checkSignInAllowed(db, keys);
  if (delayMs > 0) await wait(delayMs);

  const user = await db.user.findUnique({ where: { email }, include: { partner: { select: { status: true } } } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !passwordOk) {
    await recordFailedSignIn(db, keys);
    logger.warn({ event: 'sign_in_failed', ip: input.ip }, 'failed sign-in');
    throw new InvalidCredentials();
  }
  if (user.disabledAt) throw new AccountDisabled('user');
  if (user.partner?.status === 'SUSPENDED') throw new AccountDisabled('partner');

  await recordSuccessfulSignIn(db, email);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, partnerId: user.partnerId, customerId: user.customerId };
}
