import type { PrismaClient } from '../db/client.ts';

/**
 * Failed sign-ins are counted per email and per client IP in the database, so every portal
 * process shares the count. After a few failures each attempt is slowed down; past the
 * limit the key is refused until the lock expires.
 */
export const THROTTLE_POLICY = {
  windowMinutes: 15,
  lockMinutes: 15,
  slowAfterFailures: 3,
  maxDelayMs: 4000,
  emailLimit: 5,
  ipLimit: 20,
} as const;

export type ThrottleKey = { kind: 'email' | 'ip'; value: string };

export class SignInLocked extends Error {
  constructor(readonly retryAt: Date, now = new Date()) {
    const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
    super(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    this.name = 'SignInLocked';
  }
}

function keyOf(key: ThrottleKey): string {
  return `${key.kind}:${key.value.toLowerCase()}`;
}

function limitOf(key: ThrottleKey): number {
  return key.kind === 'email' ? THROTTLE_POLICY.emailLimit : THROTTLE_POLICY.ipLimit;
}

/** Before checking a password: refuse locked keys, and tell how long to slow down. */
export async function checkSignInAllowed(db: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<{ delayMs: number }> {
  const windowStart = new Date(now.getTime() - THROTTLE_POLICY.windowMinutes * 60_000);
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys.map(keyOf) } } });
  const lockedUntil = rows
    .map((row) => row.lockedUntil)
    .filter((until): until is Date => until !== null && until > now)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (lockedUntil) throw new SignInLocked(lockedUntil, now);

  const recentFailures = Math.max(0, ...rows.filter((row) => row.windowStart > windowStart).map((row) => row.failures));
  const excess = recentFailures - THROTTLE_POLICY.slowAfterFailures;
  const delayMs = excess < 0 ? 0 : Math.min(THROTTLE_POLICY.maxDelayMs, 500 * 2 ** excess);
  return { delayMs };
}

/** Count one failure per key atomically; lock a key that reaches its limit. */
export async function recordFailedSignIn(db: PrismaClient, keys: ThrottleKey[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_POLICY.windowMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + THROTTLE_POLICY.lockMinutes * 60_000);
  for (const key of keys) {
    // One statement, so concurrent failures from several processes all count.
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${keyOf(key)}, 1, ${now}, NULL, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN "LoginThrottle"."windowStart" >= ${windowStart} AND "LoginThrottle"."failures" + 1 >= ${limitOf(key)} THEN ${lockUntil}
          ELSE "LoginThrottle"."lockedUntil" END,
        "updatedAt" = ${now}`;
  }
}

/** A successful sign-in clears the account's count; the IP's count only ages out. */
export async function recordSuccessfulSignIn(db: PrismaClient, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: keyOf({ kind: 'email', value: email }) } });
}
