import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type PriceListEntryRow = {
  id: string;
  prefix: string;
  description: string;
  ratePerMinute: string;
  billingIncrementSeconds: number;
  minimumSeconds: number;
  connectionFee: string;
};

export type PriceListEntryPage = { rows: PriceListEntryRow[]; total: number; page: number; pageSize: number };

/** "+44 20" searches prefixes starting 4420; anything else searches the descriptions. */
function searchFilter(search: string | undefined): Prisma.PriceListEntryWhereInput {
  const term = search?.trim();
  if (!term) return {};
  const digits = term.replace(/[\s().+-]/g, '');
  if (/^\d+$/.test(digits)) return { prefix: { startsWith: digits } };
  return { description: { contains: term, mode: 'insensitive' } };
}

/** One page of a price list's entries in prefix order, optionally searched. Another partner's list yields nothing. */
export async function listPriceListEntries(
  scope: PartnerScope,
  priceListId: string,
  query: { search?: string; page: number; pageSize: number },
): Promise<PriceListEntryPage> {
  const db = scopedDb(scope);
  const where: Prisma.PriceListEntryWhereInput = { priceListId, ...searchFilter(query.search) };
  const total = await db.priceListEntry.count({ where });
  const page = Math.min(Math.max(1, query.page), Math.max(1, Math.ceil(total / query.pageSize)));
  const rows = await db.priceListEntry.findMany({
    where,
    orderBy: { prefix: 'asc' },
    skip: (page - 1) * query.pageSize,
    take: query.pageSize,
    select: { id: true, prefix: true, description: true, ratePerMinute: true, billingIncrementSeconds: true, minimumSeconds: true, connectionFee: true },
  });
  return {
    rows: rows.map((row) => ({ ...row, ratePerMinute: row.ratePerMinute.toFixed(), connectionFee: row.connectionFee.toFixed() })),
    total,
    page,
    pageSize: query.pageSize,
  };
}
