import type { Prisma } from '../db/client.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

/**
 * Entities of other features that concern one customer without being the customer: their
 * audit events carry the customer's id in `after.customerId`.
 */
export const CUSTOMER_RELATED_ENTITY_TYPES = ['WalletFunding', 'NumberAssignment', 'CustomerOnboarding'] as const;

export const CUSTOMER_AUDIT_TRAIL_LIMIT = 50;

export type CustomerAuditEvent = {
  id: string;
  action: string;
  entityType: string;
  actorEmail: string | null;
  ip: string | null;
  createdAt: Date;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

/** What staff did to one customer, newest first: edits of the customer, its fundings, numbers and onboarding. */
export async function listCustomerAuditTrail(scope: PartnerScope, customerId: string, limit = CUSTOMER_AUDIT_TRAIL_LIMIT): Promise<CustomerAuditEvent[]> {
  return scopedDb(scope).auditEvent.findMany({
    where: {
      OR: [
        // Typed, so the (entityType, entityId) index finds them however long the partner's log grows.
        { entityType: { in: ['Customer', ...CUSTOMER_RELATED_ENTITY_TYPES] }, entityId: customerId },
        ...CUSTOMER_RELATED_ENTITY_TYPES.map((entityType) => ({ entityType, after: { path: ['customerId'], equals: customerId } })),
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(1, limit), 200),
    select: { id: true, action: true, entityType: true, actorEmail: true, ip: true, createdAt: true, before: true, after: true },
  });
}
