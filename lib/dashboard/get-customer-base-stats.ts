import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { tenantPredicate } from '../tenancy/scoped-sql.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type CustomerBaseStats = {
  total: number;
  active: number;
  /** New customers per calendar month (partner's time zone), oldest first, the current month last. */
  newByMonth: Array<{ month: string; count: number }>;
  balances: Array<{ currency: string; total: string }>;
};

const MONTHS_SHOWN = 6;

/** Size and growth of the partner's customer base, and the sum of their balances per currency: aggregates, not a page of rows. */
export async function getCustomerBaseStats(scope: PartnerScope): Promise<CustomerBaseStats> {
  const db = scopedDb(scope);
  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true } });
  const [byStatus, balances, newByMonth] = await Promise.all([
    db.customer.groupBy({ by: ['status'], _count: { _all: true } }),
    db.customer.groupBy({ by: ['currency'], where: { status: { not: 'CLOSED' } }, _sum: { balance: true }, orderBy: { currency: 'asc' } }),
    db.$queryRaw<Array<{ month: string; count: bigint }>>`
      WITH months AS (
        SELECT generate_series(
          date_trunc('month', now() AT TIME ZONE ${partner.timeZone}) - make_interval(months => ${MONTHS_SHOWN - 1}),
          date_trunc('month', now() AT TIME ZONE ${partner.timeZone}),
          interval '1 month') AS month
      )
      SELECT to_char(months.month, 'YYYY-MM') AS month, count(c.id) AS count
      FROM months
      LEFT JOIN "Customer" c
        ON ${tenantPredicate(scope, 'Customer', 'c')}
       AND date_trunc('month', (c."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${partner.timeZone}) = months.month
      GROUP BY months.month
      ORDER BY months.month`,
  ]);
  return {
    total: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    active: byStatus.find((row) => row.status === 'ACTIVE')?._count._all ?? 0,
    newByMonth: newByMonth.map((row) => ({ month: row.month, count: Number(row.count) })),
    balances: balances.map((row) => ({ currency: row.currency, total: (row._sum.balance ?? new Prisma.Decimal(0)).toFixed(2) })),
  };
}
