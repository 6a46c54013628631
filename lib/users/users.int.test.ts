import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { AccountDisabled, authenticate } from '@/lib/auth/authenticate';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { changeOwnPassword } from './change-own-password';
import { changeUserRole } from './change-user-role';
import { listCustomerUsers } from './list-customer-users';
import { listPartnerUsers } from './list-partner-users';
import { getOwnProfile, updateOwnProfile } from './own-profile';
import { LAST_ADMIN_MESSAGE } from './partner-admin-guard';
import { setUserDisabled } from './set-user-disabled';
import { createTeamFixture, TEAM_PASSWORD, type TeamFixture } from './team-test-fixture';

const db = testDb();
const noWait = async () => undefined;
let north: TeamFixture;
let south: TeamFixture;

beforeEach(async () => {
  await resetDatabase();
  north = await createTeamFixture(db, 'north');
  south = await createTeamFixture(db, 'south');
});

/** A second admin of north, and their scope. */
async function secondAdmin() {
  const user = await db.user.create({ data: { email: 'second@north.test', name: 'Second', role: 'PARTNER_ADMIN', partnerId: north.partnerId, passwordHash: 'x' } });
  return { ...north.admin, userId: user.id, email: user.email };
}

describe('partner user management', () => {
  it('lists the partner’s own admins and staff only, and only to admins', async () => {
    const users = await listPartnerUsers(north.admin);
    expect(users.map((user) => [user.email, user.role, user.isYou])).toEqual([
      ['admin@north.test', 'PARTNER_ADMIN', true],
      ['staff@north.test', 'PARTNER_STAFF', false],
    ]);
    await expect(listPartnerUsers(north.staff)).rejects.toBeInstanceOf(NotAllowed);
    expect((await listCustomerUsers(north.staff, north.customerId)).map((user) => user.email)).toEqual(['owner@north.test']);
    expect(await listCustomerUsers(south.staff, north.customerId)).toEqual([]);
  });

  it('promotes and demotes colleagues, audited, but not oneself', async () => {
    expect(await changeUserRole(north.admin, { userId: north.staff.userId, role: 'PARTNER_ADMIN' }, { ip: '192.0.2.1' })).toEqual({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: north.staff.userId } })).toMatchObject({ role: 'PARTNER_ADMIN' });
    expect(await changeUserRole(north.admin, { userId: north.staff.userId, role: 'PARTNER_STAFF' })).toEqual({ ok: true });
    const audits = await db.auditEvent.findMany({ where: { action: 'user.role.change' }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((event) => event.after)).toEqual([expect.objectContaining({ role: 'PARTNER_ADMIN' }), expect.objectContaining({ role: 'PARTNER_STAFF' })]);
    expect(await changeUserRole(north.admin, { userId: north.admin.userId, role: 'PARTNER_STAFF' })).toMatchObject({ ok: false, formError: expect.stringMatching(/own role/) });
    expect(await changeUserRole(north.admin, { userId: north.staff.userId, role: 'CUSTOMER' })).toMatchObject({ ok: false });
    await expect(changeUserRole(north.staff, { userId: north.admin.userId, role: 'PARTNER_STAFF' })).rejects.toBeInstanceOf(NotAllowed);
  });

  it('cannot reach another partner’s users, nor turn a customer user into staff', async () => {
    expect(await setUserDisabled(north.admin, { userId: south.staff.userId, disabled: true })).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer exists/) });
    expect(await changeUserRole(north.admin, { userId: south.staff.userId, role: 'PARTNER_ADMIN' })).toMatchObject({ ok: false });
    expect(await changeUserRole(north.admin, { userId: north.customerUser.userId, role: 'PARTNER_ADMIN' })).toMatchObject({ ok: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: south.staff.userId } })).toMatchObject({ disabledAt: null, role: 'PARTNER_STAFF' });
    expect(await db.user.findUniqueOrThrow({ where: { id: north.customerUser.userId } })).toMatchObject({ role: 'CUSTOMER' });
  });

  it('disables a colleague so they cannot sign in, and enables them again', async () => {
    expect(await setUserDisabled(north.admin, { userId: north.staff.userId, disabled: true })).toEqual({ ok: true });
    await expect(authenticate(db, { email: north.staff.email, password: TEAM_PASSWORD, ip: '192.0.2.9' }, noWait)).rejects.toBeInstanceOf(AccountDisabled);
    expect(await setUserDisabled(north.admin, { userId: north.staff.userId, disabled: false })).toEqual({ ok: true });
    await expect(authenticate(db, { email: north.staff.email, password: TEAM_PASSWORD, ip: '192.0.2.9' }, noWait)).resolves.toMatchObject({ id: north.staff.userId });
    expect((await db.auditEvent.findMany({ where: { entityId: north.staff.userId }, orderBy: { createdAt: 'asc' } })).map((event) => event.action)).toEqual(['user.disable', 'user.enable']);
  });

  it('refuses to disable oneself', async () => {
    expect(await setUserDisabled(north.admin, { userId: north.admin.userId, disabled: true })).toMatchObject({ ok: false, formError: expect.stringMatching(/cannot disable yourself/) });
    await expect(setUserDisabled(north.staff, { userId: north.admin.userId, disabled: true })).rejects.toBeInstanceOf(NotAllowed);
  });

  it('never leaves the partner without an active admin, even when two admins act on each other at once', async () => {
    const second = await secondAdmin();
    const results = await Promise.all([
      setUserDisabled(north.admin, { userId: second.userId, disabled: true }),
      setUserDisabled(second, { userId: north.admin.userId, disabled: true }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, formError: LAST_ADMIN_MESSAGE });
    expect(await db.user.count({ where: { partnerId: north.partnerId, role: 'PARTNER_ADMIN', disabledAt: null } })).toBe(1);
  });

  it('never demotes the last active admin, even from a session that lost its admin rights meanwhile', async () => {
    const second = await secondAdmin();
    expect(await changeUserRole(north.admin, { userId: second.userId, role: 'PARTNER_STAFF' })).toEqual({ ok: true });
    // `second` still holds an admin scope from before the change (a request already under way).
    expect(await changeUserRole(second, { userId: north.admin.userId, role: 'PARTNER_STAFF' })).toEqual({ ok: false, formError: LAST_ADMIN_MESSAGE });
    expect(await db.user.findUniqueOrThrow({ where: { id: north.admin.userId } })).toMatchObject({ role: 'PARTNER_ADMIN' });
  });
});

describe('a user’s own account', () => {
  const change = (newPassword: string, currentPassword = TEAM_PASSWORD) => changeOwnPassword(north.customerUser, { currentPassword, newPassword, confirmPassword: newPassword }, { ip: '192.0.2.3' });

  it('changes the password after checking the current one, audited', async () => {
    expect(await change('Brand-new-pass-2026')).toEqual({ ok: true });
    await expect(authenticate(db, { email: north.customerUser.email, password: 'Brand-new-pass-2026', ip: '192.0.2.3' }, noWait)).resolves.toMatchObject({ id: north.customerUser.userId });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'user.password.change' } })).toMatchObject({ actorId: north.customerUser.userId, partnerId: north.partnerId, entityId: north.customerUser.userId });
  });

  it('refuses a wrong current password beside its field, counting it against the sign-in throttle', async () => {
    expect(await change('Brand-new-pass-2026', 'not-my-password')).toEqual({ ok: false, fieldErrors: { currentPassword: ['Your current password is not correct.'] } });
    expect(await db.loginThrottle.findUniqueOrThrow({ where: { key: `email:${north.customerUser.email}` } })).toMatchObject({ failures: 1 });
    await expect(authenticate(db, { email: north.customerUser.email, password: TEAM_PASSWORD, ip: '192.0.2.3' }, noWait)).resolves.toBeTruthy();
    expect(await db.auditEvent.count({ where: { action: 'user.password.change' } })).toBe(0);
  });

  it('refuses a locked account’s attempt without checking the password', async () => {
    await db.loginThrottle.create({ data: { key: `email:${north.customerUser.email}`, failures: 5, lockedUntil: new Date(Date.now() + 600_000) } });
    expect(await change('Brand-new-pass-2026')).toMatchObject({ ok: false, formError: expect.stringMatching(/Too many failed/) });
  });

  it('explains weak, unchanged and mistyped new passwords beside their fields', async () => {
    expect(await change('short')).toMatchObject({ ok: false, fieldErrors: { newPassword: ['Use at least 12 characters.'] } });
    expect(await change(TEAM_PASSWORD)).toMatchObject({ ok: false, fieldErrors: { newPassword: ['Choose a password different from your current one.'] } });
    expect(await changeOwnPassword(north.customerUser, { currentPassword: TEAM_PASSWORD, newPassword: 'Brand-new-pass-2026', confirmPassword: 'Brand-new-pass-2027' })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ['The two passwords do not match.'] },
    });
  });

  it('renames the user, audited, and validates the name', async () => {
    expect(await updateOwnProfile(north.customerUser, { name: '  Olivia Owner ' })).toEqual({ ok: true });
    expect(await getOwnProfile(north.customerUser)).toMatchObject({ name: 'Olivia Owner', email: 'owner@north.test', role: 'CUSTOMER' });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'user.profile.update' } })).toMatchObject({ before: { name: 'owner' }, after: { name: 'Olivia Owner' } });
    expect(await updateOwnProfile(north.customerUser, { name: ' ' })).toEqual({ ok: false, fieldErrors: { name: ['Enter your name.'] } });
  });
});
