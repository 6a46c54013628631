import { healthStatus, type HealthStatus } from '../connections/connection-health.ts';
import { assertPlatformScope, type PlatformScope } from '../platform/platform-scope.ts';
import { providerDefinition } from '../providers/index.ts';
import type { ProviderKind } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type PartnerOverview = {
  id: string;
  name: string;
  slug: string;
  status: 'ACTIVE' | 'SUSPENDED';
  currency: string;
  timeZone: string;
  createdAt: Date;
  /** The latest suspension's reason and time, while the partner is suspended. */
  suspension: { reason: string | null; at: Date | null; by: string | null } | null;
  customerCount: number;
  customerUserCount: number;
  /** Sums of the customers' balances as the providers last reported them, one per currency (Decimal strings). */
  balances: Array<{ currency: string; total: string; customers: number }>;
  staff: Array<{ id: string; name: string; email: string; role: 'PARTNER_ADMIN' | 'PARTNER_STAFF'; disabled: boolean; lastLoginAt: Date | null }>;
  pendingInvitations: Array<{ id: string; email: string; role: string; expiresAt: Date }>;
  connections: Array<{
    id: string;
    kind: ProviderKind;
    providerName: string;
    label: string;
    customerCount: number;
    health: { status: HealthStatus; lastSuccessAt: Date | null; lastErrorAt: Date | null; lastError: string | null };
  }>;
};

const STAFF_SHOWN = 100;

function reasonOf(after: unknown): string | null {
  if (after && typeof after === 'object' && 'reason' in after && typeof after.reason === 'string') return after.reason;
  return null;
}

/** What a platform admin needs to judge one partner at a glance. Null when there is no such partner. */
export async function getPartnerOverview(scope: PlatformScope, partnerId: string): Promise<PartnerOverview | null> {
  assertPlatformScope(scope, 'view partners');
  const db = scopedDb(scope);
  const partner = await db.partner.findUnique({
    where: { id: partnerId },
    select: { id: true, name: true, slug: true, status: true, currency: true, timeZone: true, createdAt: true },
  });
  if (!partner) return null;

  const [customerCount, customerUserCount, balances, staff, invitations, connections, suspension] = await Promise.all([
    db.customer.count({ where: { partnerId } }),
    db.user.count({ where: { partnerId, role: 'CUSTOMER' } }),
    db.customer.groupBy({ by: ['currency'], where: { partnerId }, _sum: { balance: true }, _count: { _all: true }, orderBy: { currency: 'asc' } }),
    db.user.findMany({
      where: { partnerId, role: { in: ['PARTNER_ADMIN', 'PARTNER_STAFF'] } },
      select: { id: true, name: true, email: true, role: true, disabledAt: true, lastLoginAt: true },
      orderBy: [{ role: 'asc' }, { name: 'asc' }],
      take: STAFF_SHOWN,
    }),
    db.invitation.findMany({
      where: { partnerId, customerId: null, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, expiresAt: true },
      orderBy: { createdAt: 'desc' },
    }),
    db.providerConnection.findMany({
      where: { partnerId },
      select: { id: true, kind: true, label: true, lastSuccessAt: true, lastErrorAt: true, lastError: true, _count: { select: { customers: true } } },
      orderBy: { label: 'asc' },
    }),
    partner.status === 'SUSPENDED'
      ? db.auditEvent.findFirst({
          where: { partnerId, action: 'partner.suspend', entityType: 'Partner', entityId: partnerId },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: { after: true, createdAt: true, actorEmail: true },
        })
      : null,
  ]);

  return {
    ...partner,
    suspension:
      partner.status === 'SUSPENDED'
        ? { reason: reasonOf(suspension?.after), at: suspension?.createdAt ?? null, by: suspension?.actorEmail ?? null }
        : null,
    customerCount,
    customerUserCount,
    balances: balances.map((row) => ({ currency: row.currency, total: row._sum.balance?.toFixed() ?? '0', customers: row._count._all })),
    staff: staff.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role as 'PARTNER_ADMIN' | 'PARTNER_STAFF',
      disabled: user.disabledAt !== null,
      lastLoginAt: user.lastLoginAt,
    })),
    pendingInvitations: invitations,
    connections: connections.map((connection) => ({
      id: connection.id,
      kind: connection.kind,
      providerName: providerDefinition(connection.kind).displayName,
      label: connection.label,
      customerCount: connection._count.customers,
      health: {
        status: healthStatus(connection),
        lastSuccessAt: connection.lastSuccessAt,
        lastErrorAt: connection.lastErrorAt,
        lastError: connection.lastError,
      },
    })),
  };
}
