import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { AccountDisabled, authenticate, InvalidCredentials } from './authenticate';
import { SignInLocked, THROTTLE_POLICY } from './login-throttle';
import { hashPassword } from './password';

const db = testDb();
const PASSWORD = 'Correct-horse-1!';
const waits: number[] = [];
const recordWait = async (ms: number) => waits.push(ms);

async function attempt(email: string, password: string, ip = '203.0.113.7') {
  return authenticate(db, { email, password, ip }, recordWait);
}

beforeEach(async () => {
  await resetDatabase();
  waits.length = 0;
  const partner = await db.partner.create({ data: { slug: 'p', name: 'P', currency: 'USD' } });
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({
    data: [
      { email: 'staff@p.test', name: 'Staff', role: 'PARTNER_STAFF', partnerId: partner.id, passwordHash },
      { email: 'gone@p.test', name: 'Gone', role: 'PARTNER_STAFF', partnerId: partner.id, passwordHash, disabledAt: new Date() },
    ],
  });
});

describe('authenticate', () => {
  it('accepts the right password, case-insensitively on the email', async () => {
    await expect(attempt('Staff@P.test', PASSWORD)).resolves.toMatchObject({ email: 'staff@p.test', role: 'PARTNER_STAFF' });
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    await expect(attempt('nobody@p.test', PASSWORD)).rejects.toThrow(new InvalidCredentials());
    await expect(attempt('staff@p.test', 'wrong')).rejects.toThrow(new InvalidCredentials());
  });

  it('refuses disabled users and users of suspended partners', async () => {
    await expect(attempt('gone@p.test', PASSWORD)).rejects.toThrow(AccountDisabled);
    await db.partner.updateMany({ data: { status: 'SUSPENDED' } });
    await expect(attempt('staff@p.test', PASSWORD)).rejects.toThrow(AccountDisabled);
  });

  it('slows down repeated failures, then locks the account even for the right password', async () => {
    for (let i = 0; i < THROTTLE_POLICY.emailLimit; i++) {
      await expect(attempt('staff@p.test', `wrong-${i}`)).rejects.toThrow(InvalidCredentials);
    }
    expect(waits.length).toBeGreaterThan(0);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    await expect(attempt('staff@p.test', PASSWORD)).rejects.toThrow(SignInLocked);
    await expect(attempt('staff@p.test', PASSWORD)).rejects.toThrow(/Try again in 15 minutes/);
  });

  it('locks a client IP that tries many accounts', async () => {
    for (let i = 0; i < THROTTLE_POLICY.ipLimit; i++) {
      await expect(attempt(`guess-${i}@p.test`, 'wrong', '198.51.100.9')).rejects.toThrow(InvalidCredentials);
    }
    await expect(attempt('staff@p.test', PASSWORD, '198.51.100.9')).rejects.toThrow(SignInLocked);
    await expect(attempt('staff@p.test', PASSWORD, '198.51.100.10')).resolves.toMatchObject({ email: 'staff@p.test' });
  });

  it('clears the account’s failure count after a successful sign-in', async () => {
    for (let i = 0; i < THROTTLE_POLICY.emailLimit - 1; i++) await attempt('staff@p.test', 'wrong').catch(() => undefined);
    await attempt('staff@p.test', PASSWORD, '192.0.2.1');
    await expect(attempt('staff@p.test', 'wrong', '192.0.2.1')).rejects.toThrow(InvalidCredentials);
    await expect(attempt('staff@p.test', PASSWORD, '192.0.2.1')).resolves.toBeTruthy();
  });
});
