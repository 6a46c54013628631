import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type MaxTransferResult = { ok: true; maxTransferAmount: string | null } | { ok: false; fieldErrors: Record<string, string[]> };

const AMOUNT = /^\d{1,13}(\.\d{1,5})?$/;

/** The most one funding may move (partner admins only); blank or null removes the limit. */
export async function setMaxTransferAmount(scope: PartnerScope, amount: string | null, context: { ip: string | null }): Promise<MaxTransferResult> {
  assertPartnerAdmin(scope, 'change the per-transfer limit');
  const text = amount?.trim() || null;
  if (text !== null && (!AMOUNT.test(text) || new Prisma.Decimal(text).isZero())) {
    return { ok: false, fieldErrors: { maxTransferAmount: ['Enter a positive amount, e.g. 500.00, or leave it blank for no limit.'] } };
  }
  const limit = text === null ? null : new Prisma.Decimal(text);
  const db = scopedDb(scope);
  const before = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { maxTransferAmount: true } });
  await db.$transaction(async (tx) => {
    await tx.partner.update({ where: { id: scope.partnerId }, data: { maxTransferAmount: limit } });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
      {
        action: 'partner.max_transfer_amount.update',
        entityType: 'Partner',
        entityId: scope.partnerId,
        before: { maxTransferAmount: before.maxTransferAmount?.toFixed() ?? null },
        after: { maxTransferAmount: limit?.toFixed() ?? null },
      },
    );
  });
  return { ok: true, maxTransferAmount: limit?.toFixed() ?? null };
}
