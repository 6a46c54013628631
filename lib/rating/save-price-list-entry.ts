import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors.ts';
import { priceListEntrySchema, type PriceListEntryValues } from './price-list-entry-schema.ts';

export type SavePriceListEntryResult = { ok: true; entryId: string } | { ok: false; fieldErrors: FieldErrors; formError?: string };

type EntryRow = { prefix: string; description: string; ratePerMinute: Prisma.Decimal; billingIncrementSeconds: number; minimumSeconds: number; connectionFee: Prisma.Decimal };

const ENTRY_SELECT = { id: true, prefix: true, description: true, ratePerMinute: true, billingIncrementSeconds: true, minimumSeconds: true, connectionFee: true } as const;

function summary(entry: EntryRow | PriceListEntryValues) {
  return {
    prefix: entry.prefix,
    description: entry.description,
    ratePerMinute: new Prisma.Decimal(entry.ratePerMinute).toFixed(),
    billingIncrementSeconds: entry.billingIncrementSeconds,
    minimumSeconds: entry.minimumSeconds,
    connectionFee: new Prisma.Decimal(entry.connectionFee).toFixed(),
  };
}

/**
 * Adds an entry to a price list, or changes one when `entryId` is given (partner admins
 * only). One entry per prefix; the change applies to calls synced from now on, and to past
 * calls once a re-rate of their period runs.
 */
export async function savePriceListEntry(
  scope: PartnerScope,
  target: { priceListId: string; entryId?: string },
  input: unknown,
  context: { ip: string | null },
): Promise<SavePriceListEntryResult> {
  assertPartnerAdmin(scope, 'change price lists');
  const parsed = priceListEntrySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const values = parsed.data;
  const prefixTaken = (description: string): SavePriceListEntryResult => ({
    ok: false,
    fieldErrors: { prefix: [`Prefix ${values.prefix} already has an entry (${description}). Edit that one instead.`] },
  });

  try {
    return await scopedDb(scope).$transaction(async (tx) => {
      const priceList = await tx.priceList.findUnique({ where: { id: target.priceListId }, select: { id: true } });
      if (!priceList) return { ok: false, fieldErrors: {}, formError: 'This price list no longer exists.' };
      const before = target.entryId ? await tx.priceListEntry.findFirst({ where: { id: target.entryId, priceListId: priceList.id }, select: ENTRY_SELECT }) : null;
      if (target.entryId && !before) return { ok: false, fieldErrors: {}, formError: 'This entry no longer exists; it may have been deleted.' };

      const clash = await tx.priceListEntry.findFirst({ where: { priceListId: priceList.id, prefix: values.prefix, NOT: before ? { id: before.id } : undefined }, select: { description: true } });
      if (clash) return prefixTaken(clash.description);

      const data = { ...values, ratePerMinute: new Prisma.Decimal(values.ratePerMinute), connectionFee: new Prisma.Decimal(values.connectionFee) };
      const saved = before
        ? await tx.priceListEntry.update({ where: { id: before.id }, data, select: { id: true } })
        : await tx.priceListEntry.create({ data: { ...data, partnerId: scope.partnerId, priceListId: priceList.id }, select: { id: true } });
      await tx.priceList.update({ where: { id: priceList.id }, data: { updatedAt: new Date() } });
      await recordAuditEvent(
        tx,
        { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
        {
          action: before ? 'price_list_entry.update' : 'price_list_entry.create',
          entityType: 'PriceListEntry',
          entityId: saved.id,
          before: before ? { priceListId: priceList.id, ...summary(before) } : null,
          after: { priceListId: priceList.id, ...summary(values) },
        },
      );
      return { ok: true as const, entryId: saved.id };
    });
  } catch (error) {
    // Two admins adding the same prefix at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return prefixTaken('added a moment ago');
    throw error;
  }
}
