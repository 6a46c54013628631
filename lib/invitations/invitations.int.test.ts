import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { authenticate } from '@/lib/auth/authenticate';
import type { Scope } from '@/lib/tenancy/scope';
import { createTeamFixture, type TeamFixture } from '@/lib/users/team-test-fixture';
import { acceptInvitation } from './accept-invitation';
import { createInvitation } from './create-invitation';
import { getInvitationForToken } from './get-invitation-for-token';
import { InvitationInvalid, InvitationNotAllowed } from './invitation-errors';
import { hashInvitationToken } from './invitation-token';
import { listOpenInvitations } from './list-open-invitations';
import { revokeInvitation } from './revoke-invitation';

const db = testDb();
const NEW_PASSWORD = 'Fresh-start-2026!';
const BASE_URL = 'https://portal.example.test';
let north: TeamFixture;
let south: TeamFixture;

const tokenOf = (url: string) => url.split('/invite/')[1]!;

function invite(scope: Scope, input: { email: string; role: 'PARTNER_ADMIN' | 'PARTNER_STAFF' | 'CUSTOMER'; customerId?: string; partnerId?: string }) {
  return createInvitation(scope, { name: 'Invited Person', ...input }, { ip: '203.0.113.1', baseUrl: BASE_URL });
}

beforeEach(async () => {
  await resetDatabase();
  north = await createTeamFixture(db, 'north');
  south = await createTeamFixture(db, 'south');
});

describe('creating an invitation', () => {
  it('returns a 72-hour link whose token is stored only as its SHA-256, and audits it', async () => {
    const before = Date.now();
    const created = await invite(north.admin, { email: 'New.Colleague@North.test', role: 'PARTNER_STAFF' });
    expect(created.url).toMatch(/^https:\/\/portal\.example\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(created.expiresAt.getTime() - before).toBeGreaterThanOrEqual(72 * 3_600_000 - 1000);
    expect(created.expiresAt.getTime() - before).toBeLessThanOrEqual(72 * 3_600_000 + 5000);

    const token = tokenOf(created.url);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(row).toMatchObject({ email: 'new.colleague@north.test', role: 'PARTNER_STAFF', partnerId: north.partnerId, customerId: null, invitedById: north.admin.userId });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'invitation.create' } });
    expect(audit).toMatchObject({ partnerId: north.partnerId, actorId: north.admin.userId, entityId: created.invitationId });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('refuses an address that already has an account, beside the email field', async () => {
    const attempt = invite(north.admin, { email: south.staff.email, role: 'PARTNER_STAFF' });
    await expect(attempt).rejects.toBeInstanceOf(InvitationInvalid);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { email: ['This email address already has a portal account.'] } });
    await expect(invite(north.admin, { email: 'not-an-email', role: 'PARTNER_STAFF' })).rejects.toMatchObject({ fieldErrors: { email: ['Enter a valid email address.'] } });
  });

  it('keeps one working link per address: inviting again revokes the earlier one', async () => {
    const first = await invite(north.admin, { email: 'twice@north.test', role: 'PARTNER_STAFF' });
    const second = await invite(north.admin, { email: 'twice@north.test', role: 'PARTNER_ADMIN' });
    expect(await getInvitationForToken(tokenOf(first.url))).toMatchObject({ state: 'revoked' });
    expect(await acceptInvitation(tokenOf(first.url), NEW_PASSWORD)).toMatchObject({ ok: false, unusable: 'revoked' });
    expect(await acceptInvitation(tokenOf(second.url), NEW_PASSWORD)).toEqual({ ok: true, email: 'twice@north.test' });
    expect(await db.user.findUniqueOrThrow({ where: { email: 'twice@north.test' } })).toMatchObject({ role: 'PARTNER_ADMIN' });
  });

  it('keeps one link even when several invitations to the same address race', async () => {
    await Promise.all([
      ...Array.from({ length: 3 }, () => invite(north.admin, { email: 'race@north.test', role: 'PARTNER_STAFF' })),
      ...Array.from({ length: 3 }, () => invite(north.admin, { email: 'race@north.test', role: 'CUSTOMER', customerId: north.customerId })),
    ]);
    expect(await db.invitation.count({ where: { email: 'race@north.test', revokedAt: null } })).toBe(1);
  });

  it('does not let staff replace (and so revoke) an admin’s invitation of a colleague', async () => {
    const team = await invite(north.admin, { email: 'colleague@north.test', role: 'PARTNER_STAFF' });
    await expect(invite(north.staff, { email: 'colleague@north.test', role: 'CUSTOMER', customerId: north.customerId })).rejects.toMatchObject({
      fieldErrors: { email: [expect.stringMatching(/pending invitation from an admin/)] },
    });
    expect(await getInvitationForToken(tokenOf(team.url))).toMatchObject({ state: 'pending' });
    // A customer invitation staff made themselves is theirs to replace.
    const first = await invite(north.staff, { email: 'client@north.test', role: 'CUSTOMER', customerId: north.customerId });
    await invite(north.staff, { email: 'client@north.test', role: 'CUSTOMER', customerId: north.customerId });
    expect(await getInvitationForToken(tokenOf(first.url))).toMatchObject({ state: 'revoked' });
  });

  it('lets staff invite only customer users, and customers nobody', async () => {
    await expect(invite(north.staff, { email: 'x@north.test', role: 'PARTNER_STAFF' })).rejects.toBeInstanceOf(InvitationNotAllowed);
    await expect(invite(north.staff, { email: 'x@north.test', role: 'PARTNER_ADMIN' })).rejects.toBeInstanceOf(InvitationNotAllowed);
    await expect(invite(north.customerUser, { email: 'x@north.test', role: 'CUSTOMER', customerId: north.customerId })).rejects.toThrow(/Customers cannot invite/);
    const created = await invite(north.staff, { email: 'x@north.test', role: 'CUSTOMER', customerId: north.customerId });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).toMatchObject({ role: 'CUSTOMER', customerId: north.customerId, partnerId: north.partnerId });
  });

  it('binds customer invitations to the caller’s own customers', async () => {
    await expect(invite(north.staff, { email: 'y@north.test', role: 'CUSTOMER', customerId: south.customerId })).rejects.toMatchObject({
      fieldErrors: { customerId: ['Choose one of your customers.'] },
    });
    await expect(invite(north.staff, { email: 'y@north.test', role: 'CUSTOMER' })).rejects.toBeInstanceOf(InvitationInvalid);
  });

  it('lets a platform admin invite a partner’s admin, and nothing else', async () => {
    const platform: Scope = { area: 'platform', role: 'PLATFORM_ADMIN', userId: 'platform-user', email: 'root@platform.test' };
    const created = await invite(platform, { email: 'boss@south.test', role: 'PARTNER_ADMIN', partnerId: south.partnerId });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).toMatchObject({ partnerId: south.partnerId, role: 'PARTNER_ADMIN' });
    await expect(invite(platform, { email: 'c@south.test', role: 'CUSTOMER', customerId: south.customerId })).rejects.toBeInstanceOf(InvitationNotAllowed);
    await expect(invite(platform, { email: 'd@south.test', role: 'PARTNER_ADMIN', partnerId: 'no-such-partner' })).rejects.toMatchObject({ fieldErrors: { partnerId: ['Choose a partner.'] } });
  });
});

describe('accepting an invitation', () => {
  it('shows who invited whom, then creates the user with the chosen password in the right place', async () => {
    const created = await invite(north.staff, { email: 'reception@north.test', role: 'CUSTOMER', customerId: north.customerId });
    const token = tokenOf(created.url);
    expect(await getInvitationForToken(token)).toMatchObject({
      state: 'pending',
      email: 'reception@north.test',
      role: 'CUSTOMER',
      partnerName: 'Partner north',
      customerName: 'Customer of north',
      invitedByName: 'staff',
    });

    expect(await acceptInvitation(token, NEW_PASSWORD, { ip: '198.51.100.2' })).toEqual({ ok: true, email: 'reception@north.test' });
    const user = await db.user.findUniqueOrThrow({ where: { email: 'reception@north.test' } });
    expect(user).toMatchObject({ name: 'Invited Person', role: 'CUSTOMER', partnerId: north.partnerId, customerId: north.customerId, disabledAt: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(authenticate(db, { email: 'reception@north.test', password: NEW_PASSWORD, ip: '198.51.100.2' }, async () => undefined)).resolves.toMatchObject({ id: user.id });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'invitation.accept' } })).toMatchObject({ actorId: user.id, entityId: created.invitationId, partnerId: north.partnerId });

    expect(await acceptInvitation(token, 'Another-pass-2026!')).toMatchObject({ ok: false, unusable: 'accepted' });
  });

  it('refuses a weak password beside the field and leaves the link usable', async () => {
    const token = tokenOf((await invite(north.admin, { email: 'weak@north.test', role: 'PARTNER_STAFF' })).url);
    expect(await acceptInvitation(token, 'short1!')).toEqual({ ok: false, fieldErrors: { password: ['Use at least 12 characters.'] } });
    expect(await acceptInvitation(token, 'weak@north.test-2026')).toMatchObject({ ok: false, fieldErrors: { password: ['Do not use your email address.'] } });
    expect(await acceptInvitation(token, 'onlyletterslong')).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/digit or symbol/)] } });
    expect(await getInvitationForToken(token)).toMatchObject({ state: 'pending' });
    expect(await db.user.count({ where: { email: 'weak@north.test' } })).toBe(0);
  });

  it('refuses an expired link and creates nobody', async () => {
    const created = await invite(north.admin, { email: 'late@north.test', role: 'PARTNER_STAFF' });
    await db.invitation.update({ where: { id: created.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInvitationForToken(tokenOf(created.url))).toMatchObject({ state: 'expired' });
    expect(await acceptInvitation(tokenOf(created.url), NEW_PASSWORD)).toMatchObject({ ok: false, unusable: 'expired', message: expect.stringMatching(/expired/) });
    expect(await db.user.count({ where: { email: 'late@north.test' } })).toBe(0);
  });

  it('treats an unknown or malformed token as not valid', async () => {
    expect(await acceptInvitation('x'.repeat(43), NEW_PASSWORD)).toMatchObject({ ok: false, unusable: 'unknown' });
    expect(await acceptInvitation('../../etc', NEW_PASSWORD)).toMatchObject({ ok: false, unusable: 'unknown' });
  });

  it('creates exactly one user when the same link is submitted twice at once', async () => {
    const token = tokenOf((await invite(north.admin, { email: 'double@north.test', role: 'PARTNER_STAFF' })).url);
    const results = await Promise.all([acceptInvitation(token, NEW_PASSWORD), acceptInvitation(token, NEW_PASSWORD), acceptInvitation(token, NEW_PASSWORD)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      expect.objectContaining({ unusable: 'accepted' }),
      expect.objectContaining({ unusable: 'accepted' }),
    ]);
    expect(await db.user.count({ where: { email: 'double@north.test' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'invitation.accept' } })).toBe(1);
  });

  it('says the address is taken when another partner’s invitation was accepted first', async () => {
    const fromNorth = tokenOf((await invite(north.admin, { email: 'wanted@both.test', role: 'PARTNER_STAFF' })).url);
    const fromSouth = tokenOf((await invite(south.admin, { email: 'wanted@both.test', role: 'PARTNER_STAFF' })).url);
    expect(await acceptInvitation(fromSouth, NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await acceptInvitation(fromNorth, NEW_PASSWORD)).toMatchObject({ ok: false, unusable: 'email_taken' });
    expect(await getInvitationForToken(fromNorth)).toMatchObject({ state: 'pending' });
  });
});

describe('revoking and listing invitations', () => {
  it('revokes a pending link so it stops working, audited; a second revoke is refused', async () => {
    const created = await invite(north.admin, { email: 'gone@north.test', role: 'PARTNER_STAFF' });
    expect(await revokeInvitation(north.admin, created.invitationId, { ip: null })).toEqual({ ok: true });
    expect(await acceptInvitation(tokenOf(created.url), NEW_PASSWORD)).toMatchObject({ ok: false, unusable: 'revoked' });
    expect(await revokeInvitation(north.admin, created.invitationId)).toMatchObject({ ok: false, formError: expect.stringMatching(/already used or withdrawn/) });
    expect(await db.auditEvent.count({ where: { action: 'invitation.revoke', entityId: created.invitationId } })).toBe(1);
  });

  it('lets staff revoke customer invitations but not their colleagues’, and hides other partners’ invitations', async () => {
    const team = await invite(north.admin, { email: 'team@north.test', role: 'PARTNER_STAFF' });
    const customer = await invite(north.admin, { email: 'client@north.test', role: 'CUSTOMER', customerId: north.customerId });
    await expect(revokeInvitation(north.staff, team.invitationId)).rejects.toBeInstanceOf(InvitationNotAllowed);
    expect(await revokeInvitation(south.admin, customer.invitationId)).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer exists/) });
    expect(await revokeInvitation(north.staff, customer.invitationId)).toEqual({ ok: true });
  });

  it('lists open team and customer invitations separately, marking expired ones', async () => {
    const team = await invite(north.admin, { email: 'team@north.test', role: 'PARTNER_STAFF' });
    const late = await invite(north.admin, { email: 'late@north.test', role: 'PARTNER_ADMIN' });
    await invite(north.admin, { email: 'client@north.test', role: 'CUSTOMER', customerId: north.customerId });
    await invite(south.admin, { email: 'south@south.test', role: 'PARTNER_STAFF' });
    await db.invitation.update({ where: { id: late.invitationId }, data: { expiresAt: new Date(Date.now() - 60_000) } });

    const open = await listOpenInvitations(north.admin, { team: true });
    expect(open.map((row) => [row.email, row.state])).toEqual([
      ['late@north.test', 'expired'],
      ['team@north.test', 'pending'],
    ]);
    expect(open.find((row) => row.id === team.invitationId)).toMatchObject({ invitedByName: 'admin', role: 'PARTNER_STAFF' });
    expect((await listOpenInvitations(north.staff, { customerId: north.customerId })).map((row) => row.email)).toEqual(['client@north.test']);
    expect(await listOpenInvitations(south.admin, { customerId: north.customerId })).toEqual([]);
  });
});
