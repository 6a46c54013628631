import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { listCustomerAuditTrail } from './list-customer-audit-trail';
import { updateCustomerProfile } from './update-customer-profile';

const db = testDb();
let staffA: PartnerScope;
let adminB: PartnerScope;
const ids = { a: '', a2: '', b: '' };

const validInput = () => ({
  name: 'Acme Dental Group',
  email: 'accounts@acme-dental.test',
  phone: '+1 415 555 0199',
  country: 'ca',
  lowBalanceThreshold: '25.50',
  kycStatus: 'VERIFIED',
});

beforeEach(async () => {
  await resetDatabase();
  const partner = async (slug: string) => {
    const row = await db.partner.create({ data: { slug, name: slug, currency: 'USD' } });
    const connection = await db.providerConnection.create({ data: { partnerId: row.id, kind: 'VOBIZ', label: 'Main', baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.test.x.y' } });
    const customer = (name: string) =>
      db.customer.create({ data: { partnerId: row.id, connectionId: connection.id, name, email: `${slug}@x.test`, phone: '+14155550101', country: 'US', currency: 'USD' } });
    return { row, customer };
  };
  const a = await partner('alpha');
  const b = await partner('beta');
  Object.assign(ids, { a: (await a.customer('Acme Dental')).id, a2: (await a.customer('Other Alpha')).id, b: (await b.customer('Beta Corp')).id });
  staffA = { area: 'partner', role: 'PARTNER_STAFF', userId: 'ua', email: 'staff@alpha.test', partnerId: a.row.id };
  adminB = { area: 'partner', role: 'PARTNER_ADMIN', userId: 'ub', email: 'admin@beta.test', partnerId: b.row.id };
});

describe('updateCustomerProfile', () => {
  it('rejects an invalid email with an error for that field and changes nothing', async () => {
    const before = await db.customer.findUniqueOrThrow({ where: { id: ids.a } });
    const result = await updateCustomerProfile(staffA, ids.a, { ...validInput(), email: 'not-an-email' }, { ip: null });
    expect(result).toEqual({ ok: false, fieldErrors: { email: [expect.stringMatching(/valid email/)] } });
    expect(await db.customer.findUniqueOrThrow({ where: { id: ids.a } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('names every invalid field', async () => {
    const result = await updateCustomerProfile(staffA, ids.a, { name: ' ', email: 'a@b.test', phone: '555-0101', country: 'XX', lowBalanceThreshold: '-5', kycStatus: 'MAYBE' }, { ip: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['country', 'kycStatus', 'lowBalanceThreshold', 'name', 'phone']);
  });

  it('saves the portal record, normalised, and audits only what changed', async () => {
    const result = await updateCustomerProfile(staffA, ids.a, validInput(), { ip: '192.0.2.7' });
    expect(result).toEqual({ ok: true, changed: ['name', 'email', 'phone', 'country', 'lowBalanceThreshold', 'kycStatus'] });
    const row = await db.customer.findUniqueOrThrow({ where: { id: ids.a } });
    expect(row).toMatchObject({ name: 'Acme Dental Group', email: 'accounts@acme-dental.test', phone: '+14155550199', country: 'CA', kycStatus: 'VERIFIED' });
    expect(row.lowBalanceThreshold?.toFixed(2)).toBe('25.50');

    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'customer.update_profile',
      entityType: 'Customer',
      entityId: ids.a,
      actorEmail: 'staff@alpha.test',
      ip: '192.0.2.7',
      before: { name: 'Acme Dental', phone: '+14155550101', country: 'US', lowBalanceThreshold: null, kycStatus: 'NOT_REQUIRED' },
      after: { name: 'Acme Dental Group', phone: '+14155550199', country: 'CA', lowBalanceThreshold: '25.50', kycStatus: 'VERIFIED' },
    });

    // Saving the same values again is not a change and leaves no event.
    expect(await updateCustomerProfile(staffA, ids.a, { ...validInput(), lowBalanceThreshold: '25.5' }, { ip: null })).toEqual({ ok: true, changed: [] });
    expect(await db.auditEvent.count()).toBe(1);
  });

  it('clears optional fields left blank', async () => {
    const result = await updateCustomerProfile(staffA, ids.a, { ...validInput(), phone: '', country: '  ', lowBalanceThreshold: '' }, { ip: null });
    expect(result.ok).toBe(true);
    expect(await db.customer.findUniqueOrThrow({ where: { id: ids.a } })).toMatchObject({ phone: null, country: null, lowBalanceThreshold: null });
  });

  it('treats another partner’s customer as missing: nothing changes, nothing is audited', async () => {
    const result = await updateCustomerProfile(adminB, ids.a, validInput(), { ip: null });
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: 'This customer no longer exists.' });
    expect(await db.customer.findUniqueOrThrow({ where: { id: ids.a } })).toMatchObject({ name: 'Acme Dental' });
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe('listCustomerAuditTrail', () => {
  it('shows the customer’s own events and other features’ events about it, newest first, nothing else', async () => {
    await updateCustomerProfile(staffA, ids.a, validInput(), { ip: null });
    const partnerA = staffA.partnerId;
    const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
    await db.auditEvent.createMany({
      data: [
        { partnerId: partnerA, action: 'wallet.fund', entityType: 'WalletFunding', entityId: 'f1', after: { customerId: ids.a, amount: '10.00' }, createdAt: later(1) },
        { partnerId: partnerA, action: 'number.assign', entityType: 'NumberAssignment', entityId: 'n1', after: { customerId: ids.a, number: '+14155550000' }, createdAt: later(2) },
        // About another customer, another kind of entity, or another partner: not in this trail.
        { partnerId: partnerA, action: 'wallet.fund', entityType: 'WalletFunding', entityId: 'f2', after: { customerId: ids.a2 }, createdAt: later(3) },
        { partnerId: partnerA, action: 'connection.update', entityType: 'ProviderConnection', entityId: 'c1', after: { customerId: ids.a }, createdAt: later(4) },
        { partnerId: adminB.partnerId, action: 'customer.update_profile', entityType: 'Customer', entityId: ids.a, createdAt: later(5) },
      ],
    });
    const trail = await listCustomerAuditTrail(staffA, ids.a);
    expect(trail.map((event) => event.action)).toEqual(['number.assign', 'wallet.fund', 'customer.update_profile']);
    expect(await listCustomerAuditTrail(adminB, ids.a)).toHaveLength(1);
    expect(await listCustomerAuditTrail(staffA, ids.b)).toEqual([]);
  });
});
