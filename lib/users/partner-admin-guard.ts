import type { ScopedDb } from '../tenancy/scoped-db.ts';

type ScopedTransaction = Parameters<Parameters<ScopedDb['$transaction']>[0]>[0];

/**
 * Serialises changes to a partner's team on the partner's row, so two admins demoting or
 * disabling each other at the same moment cannot both succeed and leave nobody in charge.
 * Call first inside the transaction that makes the change.
 */
export async function lockPartnerTeam(tx: ScopedTransaction, partnerId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Partner" WHERE "id" = ${partnerId} FOR UPDATE`;
}

/** Whether an active admin other than `userId` remains; read after lockPartnerTeam. */
export async function anotherActiveAdminExists(tx: ScopedTransaction, userId: string): Promise<boolean> {
  const others = await tx.user.count({ where: { role: 'PARTNER_ADMIN', disabledAt: null, id: { not: userId } } });
  return others > 0;
}

export const LAST_ADMIN_MESSAGE = 'The partner must keep at least one active admin: make someone else an admin first.';
