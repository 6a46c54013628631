import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type DeletePriceListEntryResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; formError: string };

/** Removes one entry (partner admins only); calls to its prefix fall back to the next shorter prefix from the next rating on. */
export async function deletePriceListEntry(scope: PartnerScope, entryId: string, context: { ip: string | null }): Promise<DeletePriceListEntryResult> {
  assertPartnerAdmin(scope, 'change price lists');
  return scopedDb(scope).$transaction(async (tx) => {
    const entry = await tx.priceListEntry.findUnique({ where: { id: entryId }, select: { id: true, priceListId: true, prefix: true, description: true, ratePerMinute: true } });
    if (!entry) return { ok: false, fieldErrors: {}, formError: 'This entry no longer exists; it may have been deleted already.' };
    await tx.priceListEntry.delete({ where: { id: entry.id } });
    await tx.priceList.update({ where: { id: entry.priceListId }, data: { updatedAt: new Date() } });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
      {
        action: 'price_list_entry.delete',
        entityType: 'PriceListEntry',
        entityId: entry.id,
        before: { priceListId: entry.priceListId, prefix: entry.prefix, description: entry.description, ratePerMinute: entry.ratePerMinute.toFixed() },
      },
    );
    return { ok: true as const };
  });
}
