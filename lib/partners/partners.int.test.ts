import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { AccountDisabled, authenticate } from '@/lib/auth/authenticate';
import { getScope } from '@/lib/auth/session';
import { hashInvitationToken } from '@/lib/invitations/invitation-token';
import { FIXTURE_PASSWORD, seedPartner, seedPlatformAdmin, type SeededPartner } from '@/lib/platform/platform-test-fixture';
import type { PlatformScope } from '@/lib/platform/platform-scope';
import { activePartnerIds, isPartnerActive } from './active-partners';
import { createPartner } from './create-partner';
import { getPartnerOverview } from './get-partner-overview';
import { reactivatePartner } from './reactivate-partner';
import { suspendPartner } from './suspend-partner';

// The session cookie's user, as next-auth would decode it; getScope re-reads everything else.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('server-only', () => ({}));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next-auth')>()),
  getServerSession: async () => (session.userId ? { userId: session.userId } : null),
}));

const db = testDb();
const ctx = { ip: '198.51.100.20' };
let platform: PlatformScope;

const validInput = {
  name: 'Café Lumière Télécom',
  slug: '',
  currency: 'EUR',
  timeZone: 'Europe/Paris',
  adminName: 'Léa Admin',
  adminEmail: ' Lea@Lumiere.test ',
};

beforeEach(async () => {
  await resetDatabase();
  platform = await seedPlatformAdmin();
  session.userId = null;
});

describe('createPartner', () => {
  it('reports every invalid field next to its name and creates nothing', async () => {
    const result = await createPartner(platform, { name: ' ', slug: 'Bad Slug!', currency: 'XXX', timeZone: 'Mars/Olympus', adminName: '', adminEmail: 'nope' }, ctx);
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        name: [expect.stringMatching(/name/)],
        slug: [expect.stringMatching(/lowercase letters/)],
        currency: [expect.stringMatching(/currency/)],
        timeZone: [expect.stringMatching(/time zone/)],
        adminName: [expect.stringMatching(/name/)],
        adminEmail: ['Enter a valid email address.'],
      },
    });
    expect(await db.partner.count()).toBe(0);
  });

  it('creates an active partner with a slug made from its name, and invites its first admin with a one-time link', async () => {
    const result = await createPartner(platform, validInput, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    const partner = await db.partner.findUniqueOrThrow({ where: { id: result.partnerId } });
    expect(partner).toMatchObject({ name: 'Café Lumière Télécom', slug: 'cafe-lumiere-telecom', currency: 'EUR', timeZone: 'Europe/Paris', status: 'ACTIVE' });

    expect(result.invitation).toMatchObject({ email: 'lea@lumiere.test', url: expect.stringMatching(/\/invite\/[A-Za-z0-9_-]{43}$/) });
    const token = result.invitation!.url.split('/invite/')[1]!;
    const invitation = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(token) } });
    expect(invitation).toMatchObject({ email: 'lea@lumiere.test', name: 'Léa Admin', role: 'PARTNER_ADMIN', partnerId: partner.id, invitedById: platform.userId });
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'partner.create' } });
    expect(audit).toMatchObject({ partnerId: partner.id, actorEmail: platform.email, entityId: partner.id, ip: ctx.ip });
    expect(audit.after).toEqual({ name: partner.name, slug: partner.slug, currency: 'EUR', timeZone: 'Europe/Paris', adminEmail: 'lea@lumiere.test' });
  });

  it('refuses a slug another partner uses, and an admin email that already signs in', async () => {
    await seedPartner('taken');
    const result = await createPartner(platform, { ...validInput, slug: 'taken', adminEmail: 'admin@taken.test' }, ctx);
    expect(result).toEqual({
      ok: false,
      fieldErrors: { slug: [expect.stringMatching(/already uses this slug/)], adminEmail: [expect.stringMatching(/already signs in/)] },
    });
    expect(await db.partner.count()).toBe(1);
  });

  it('asks for a slug when the name gives none', async () => {
    const result = await createPartner(platform, { ...validInput, name: '東京テレコム' }, ctx);
    expect(result).toEqual({ ok: false, fieldErrors: { slug: [expect.stringMatching(/^Enter a slug/)] } });
  });

  it('accepts UTC, which the runtime’s zone list leaves out', async () => {
    const result = await createPartner(platform, { ...validInput, timeZone: 'UTC' }, ctx);
    expect(result.ok).toBe(true);
  });
});

describe('suspendPartner and reactivatePartner', () => {
  let partner: SeededPartner;
  let other: SeededPartner;
  beforeEach(async () => {
    partner = await seedPartner('bluewave');
    other = await seedPartner('northwind');
  });

  const signIn = (email: string) => authenticate(db, { email, password: FIXTURE_PASSWORD, ip: ctx.ip }, async () => undefined);

  it('requires a reason and changes nothing without one', async () => {
    expect(await suspendPartner(platform, partner.partnerId, '  ', ctx)).toEqual({ ok: false, fieldErrors: { reason: [expect.stringMatching(/reason/)] } });
    expect(await isPartnerActive(db, partner.partnerId)).toBe(true);
  });

  it('locks out the partner’s users at sign-in and in their open sessions, stops its jobs, and is audited', async () => {
    session.userId = partner.admin.userId;
    expect(await getScope()).toMatchObject({ area: 'partner', partnerId: partner.partnerId });

    expect(await suspendPartner(platform, partner.partnerId, 'Unpaid invoices since March', ctx)).toEqual({ ok: true });

    await expect(signIn('admin@bluewave.test')).rejects.toThrow(AccountDisabled);
    await expect(signIn('owner@bluewave.test')).rejects.toThrow(AccountDisabled);
    // The same cookie, the next request: the scope is re-read and there is none.
    expect(await getScope()).toBeNull();
    session.userId = partner.customerUserId;
    expect(await getScope()).toBeNull();
    // Other partners carry on.
    await expect(signIn('admin@northwind.test')).resolves.toMatchObject({ partnerId: other.partnerId });

    expect(await isPartnerActive(db, partner.partnerId)).toBe(false);
    expect(await activePartnerIds(db)).toEqual([other.partnerId]);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'partner.suspend' } });
    expect(audit).toMatchObject({ partnerId: partner.partnerId, entityType: 'Partner', entityId: partner.partnerId, actorEmail: platform.email, ip: ctx.ip });
    expect(audit.before).toEqual({ status: 'ACTIVE' });
    expect(audit.after).toEqual({ status: 'SUSPENDED', reason: 'Unpaid invoices since March' });

    const overview = await getPartnerOverview(platform, partner.partnerId);
    expect(overview?.suspension).toEqual({ reason: 'Unpaid invoices since March', at: audit.createdAt, by: platform.email });
  });

  it('suspends once: a second suspension is refused and not audited again', async () => {
    await suspendPartner(platform, partner.partnerId, 'Fraud review', ctx);
    expect(await suspendPartner(platform, partner.partnerId, 'Fraud review', ctx)).toEqual({ ok: false, fieldErrors: {}, formError: 'This partner is already suspended.' });
    expect(await db.auditEvent.count({ where: { action: 'partner.suspend' } })).toBe(1);
  });

  it('reactivates: users sign in again, sessions work again, jobs resume', async () => {
    await suspendPartner(platform, partner.partnerId, 'Fraud review', ctx);
    expect(await reactivatePartner(platform, partner.partnerId, ctx)).toEqual({ ok: true });

    await expect(signIn('admin@bluewave.test')).resolves.toMatchObject({ partnerId: partner.partnerId });
    session.userId = partner.admin.userId;
    expect(await getScope()).toMatchObject({ area: 'partner', partnerId: partner.partnerId });
    expect(await isPartnerActive(db, partner.partnerId)).toBe(true);
    expect((await activePartnerIds(db)).sort()).toEqual([partner.partnerId, other.partnerId].sort());
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'partner.reactivate' } })).toMatchObject({
      partnerId: partner.partnerId,
      before: { status: 'SUSPENDED' },
      after: { status: 'ACTIVE' },
    });
    expect(await reactivatePartner(platform, partner.partnerId, ctx)).toMatchObject({ ok: false, formError: 'This partner is already active.' });
  });

  it('answers null for a partner that does not exist', async () => {
    expect(await suspendPartner(platform, 'no-such-partner', 'Because', ctx)).toBeNull();
    expect(await reactivatePartner(platform, 'no-such-partner', ctx)).toBeNull();
    expect(await isPartnerActive(db, 'no-such-partner')).toBe(false);
  });
});

describe('getPartnerOverview', () => {
  it('sums balances per currency and shows staff, pending invitations and connection health without secrets', async () => {
    const partner = await seedPartner('bluewave', { currency: 'EUR' });
    await db.providerConnection.update({ where: { id: partner.connectionId }, data: { lastErrorAt: new Date(), lastError: 'Vobiz refused the key (401)' } });
    await db.invitation.create({
      data: { tokenHash: 'h'.repeat(64), email: 'new@bluewave.test', name: 'New', role: 'PARTNER_STAFF', partnerId: partner.partnerId, expiresAt: new Date(Date.now() + 3_600_000) },
    });

    const overview = await getPartnerOverview(platform, partner.partnerId);
    expect(overview).toMatchObject({
      slug: 'bluewave',
      status: 'ACTIVE',
      suspension: null,
      customerCount: 2,
      customerUserCount: 1,
      balances: [{ currency: 'EUR', total: '14.75', customers: 2 }],
      staff: [{ email: 'admin@bluewave.test', role: 'PARTNER_ADMIN', disabled: false }],
      pendingInvitations: [{ email: 'new@bluewave.test', role: 'PARTNER_STAFF' }],
      connections: [{ id: partner.connectionId, providerName: expect.any(String), customerCount: 2, health: { status: 'failing', lastError: 'Vobiz refused the key (401)' } }],
    });
    expect(JSON.stringify(overview)).not.toContain('never-shown-token');
    expect(await getPartnerOverview(platform, 'no-such-partner')).toBeNull();
  });
});
