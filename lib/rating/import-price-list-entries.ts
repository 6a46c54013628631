import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { parsePriceListCsv, type CsvRowError } from './parse-price-list-csv.ts';

/** Within what one form submission may carry, and far more than the 10,000 rows one import takes. */
const MOST_CSV_BYTES = 900_000;
const ROWS_PER_STATEMENT = 1_000;

export type ImportPriceListEntriesResult =
  | { ok: true; added: number; updated: number; removed: number }
  | { ok: false; formError: string; rowErrors: CsvRowError[]; errorCount: number };

const refused = (formError: string): ImportPriceListEntriesResult => ({ ok: false, formError, rowErrors: [], errorCount: 0 });

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/**
 * Loads a CSV of entries into a price list (partner admins only), all or nothing: every row
 * is validated first and any problem leaves the list as it was. A row whose prefix is
 * already in the list replaces that entry; with `replace`, entries the file does not name
 * are removed, so the list becomes exactly the file.
 */
export async function importPriceListEntries(
  scope: PartnerScope,
  priceListId: string,
  input: { csv: string; replace: boolean },
  context: { ip: string | null },
): Promise<ImportPriceListEntriesResult> {
  assertPartnerAdmin(scope, 'change price lists');
  if (Buffer.byteLength(input.csv) > MOST_CSV_BYTES) return refused('The file is larger than 900 KB; split it and import the parts one after another.');
  const parsed = parsePriceListCsv(input.csv);
  if (!parsed.ok) return parsed;
  const { entries } = parsed;

  return scopedDb(scope).$transaction(
    async (tx) => {
      const priceList = await tx.priceList.findUnique({ where: { id: priceListId }, select: { id: true } });
      if (!priceList) return refused('This price list no longer exists.');
      const existing = new Set((await tx.priceListEntry.findMany({ where: { priceListId }, select: { prefix: true } })).map((entry) => entry.prefix));
      const replacing = entries.filter((entry) => existing.has(entry.prefix)).map((entry) => entry.prefix);

      if (input.replace) {
        await tx.priceListEntry.deleteMany({ where: { priceListId } });
      } else {
        for (const prefixes of chunks(replacing, ROWS_PER_STATEMENT)) await tx.priceListEntry.deleteMany({ where: { priceListId, prefix: { in: prefixes } } });
      }
      for (const rows of chunks(entries, ROWS_PER_STATEMENT)) {
        await tx.priceListEntry.createMany({
          data: rows.map((entry) => ({
            ...entry,
            partnerId: scope.partnerId,
            priceListId,
            ratePerMinute: new Prisma.Decimal(entry.ratePerMinute),
            connectionFee: new Prisma.Decimal(entry.connectionFee),
          })),
        });
      }
      const counts = { added: entries.length - replacing.length, updated: replacing.length, removed: input.replace ? existing.size - replacing.length : 0 };
      await tx.priceList.update({ where: { id: priceListId }, data: { updatedAt: new Date() } });
      await recordAuditEvent(
        tx,
        { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
        { action: 'price_list.import', entityType: 'PriceList', entityId: priceListId, after: { rows: entries.length, replace: input.replace, ...counts } },
      );
      return { ok: true as const, ...counts };
    },
    { timeout: 60_000 },
  );
}
