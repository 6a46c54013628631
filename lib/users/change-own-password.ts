import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { checkSignInAllowed, recordFailedSignIn, SignInLocked, type ThrottleKey } from '../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { systemDb, type PrismaClient } from '../db/client.ts';
import type { Scope } from '../tenancy/scope.ts';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors.ts';
import { ownAccountActor } from './own-account-actor.ts';
import { passwordProblems } from './password-rules.ts';

export type ChangePasswordResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; formError?: string };

function changePasswordSchema(email: string) {
  return z
    .object({
      currentPassword: z.string('Enter your current password.').min(1, 'Enter your current password.').max(256, 'Password is too long.'),
      newPassword: z.string('Choose a new password.'),
      confirmPassword: z.string('Type the new password again.'),
    })
    .superRefine(({ currentPassword, newPassword, confirmPassword }, context) => {
      for (const message of passwordProblems(newPassword, { email })) context.addIssue({ code: 'custom', path: ['newPassword'], message });
      if (newPassword === currentPassword) context.addIssue({ code: 'custom', path: ['newPassword'], message: 'Choose a password different from your current one.' });
      if (confirmPassword !== newPassword) context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two passwords do not match.' });
    });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Changes the signed-in user's own password after checking the current one. Wrong current
 * passwords count against the account's sign-in throttle, so this form cannot be used to
 * guess a password faster than the sign-in page allows. The user's own row and its audit
 * event are written together by the system client, keyed by the session's user id: a
 * customer's scope may not write the audit log.
 */
export async function changeOwnPassword(
  scope: Scope,
  input: { currentPassword: string; newPassword: string; confirmPassword: string },
  context: { ip?: string | null } = {},
  db: PrismaClient = systemDb(),
): Promise<ChangePasswordResult> {
  const parsed = changePasswordSchema(scope.email).safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;

  const keys: ThrottleKey[] = [{ kind: 'email', value: scope.email }];
  try {
    const { delayMs } = await checkSignInAllowed(db, keys);
    if (delayMs > 0) await sleep(delayMs);
  } catch (error) {
    if (error instanceof SignInLocked) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: scope.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordFailedSignIn(db, keys);
    return { ok: false, fieldErrors: { currentPassword: ['Your current password is not correct.'] } };
  }

  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: scope.userId }, data: { passwordHash } });
    await recordAuditEvent(tx, ownAccountActor(scope, context.ip), { action: 'user.password.change', entityType: 'User', entityId: scope.userId });
  });
  return { ok: true };
}
