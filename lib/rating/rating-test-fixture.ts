import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { testDb } from '../../test/integration/test-db.ts';

export type RatingTenant = {
  partnerId: string;
  admin: PartnerScope;
  staff: PartnerScope;
  connectionId: string;
  customerId: string;
};

/** A partner with an admin, a staff user, one connection and one customer billed in the partner's currency. */
export async function seedRatingTenant(slug: string, options: { currency?: string; timeZone?: string } = {}): Promise<RatingTenant> {
  const db = testDb();
  const currency = options.currency ?? 'USD';
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency, timeZone: options.timeZone ?? 'UTC' } });
  const connection = await db.providerConnection.create({ data: { partnerId: partner.id, kind: 'VOBIZ', label: 'Main', baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.test.x.y' } });
  const customer = await db.customer.create({
    data: { partnerId: partner.id, connectionId: connection.id, name: `${slug} customer`, email: `customer@${slug}.test`, currency },
  });
  const user = async (role: 'PARTNER_ADMIN' | 'PARTNER_STAFF'): Promise<PartnerScope> => {
    const email = `${role === 'PARTNER_ADMIN' ? 'admin' : 'staff'}@${slug}.test`;
    const row = await db.user.create({ data: { email, name: email, role, partnerId: partner.id, passwordHash: 'x' } });
    return { area: 'partner', role, userId: row.id, email, partnerId: partner.id };
  };
  return { partnerId: partner.id, admin: await user('PARTNER_ADMIN'), staff: await user('PARTNER_STAFF'), connectionId: connection.id, customerId: customer.id };
}

export const ENTRY = { prefix: '44', description: 'United Kingdom', ratePerMinute: '0.0390', billingIncrementSeconds: '60', minimumSeconds: '0', connectionFee: '' };
