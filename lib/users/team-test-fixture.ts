import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { hashPassword } from '../auth/password.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Scope } from '../tenancy/scope.ts';

/** Set-up shared by the users' and invitations' integration tests: a partner with an admin, a staff member, a customer and its user. */

export const TEAM_PASSWORD = 'Team-tests-2026!';

export type TeamFixture = {
  partnerId: string;
  admin: PartnerScope;
  staff: PartnerScope;
  customerId: string;
  customerUser: Extract<Scope, { area: 'customer' }>;
};

export async function createTeamFixture(db: PrismaClient, slug: string): Promise<TeamFixture> {
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency: 'USD' } });
  const connection = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: 'VOBIZ', label: 'main', baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.test.x.y' },
  });
  const customer = await db.customer.create({
    data: { partnerId: partner.id, connectionId: connection.id, name: `Customer of ${slug}`, email: `billing@${slug}.test`, currency: 'USD', status: 'ACTIVE' },
  });
  const passwordHash = await hashPassword(TEAM_PASSWORD);
  const user = (email: string, role: 'PARTNER_ADMIN' | 'PARTNER_STAFF' | 'CUSTOMER', customerId?: string) =>
    db.user.create({ data: { email, name: email.split('@')[0]!, role, partnerId: partner.id, customerId, passwordHash } });
  const admin = await user(`admin@${slug}.test`, 'PARTNER_ADMIN');
  const staff = await user(`staff@${slug}.test`, 'PARTNER_STAFF');
  const owner = await user(`owner@${slug}.test`, 'CUSTOMER', customer.id);
  return {
    partnerId: partner.id,
    admin: { area: 'partner', role: 'PARTNER_ADMIN', userId: admin.id, email: admin.email, partnerId: partner.id },
    staff: { area: 'partner', role: 'PARTNER_STAFF', userId: staff.id, email: staff.email, partnerId: partner.id },
    customerId: customer.id,
    customerUser: { area: 'customer', role: 'CUSTOMER', userId: owner.id, email: owner.email, partnerId: partner.id, customerId: customer.id },
  };
}
