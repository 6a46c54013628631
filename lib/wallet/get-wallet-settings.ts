import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

/** The partner's wallet settings as the settings form shows them. */
export async function getWalletSettings(scope: PartnerScope): Promise<{ maxTransferAmount: string | null; currency: string }> {
  const partner = await scopedDb(scope).partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { maxTransferAmount: true, currency: true } });
  return { maxTransferAmount: partner.maxTransferAmount?.toFixed() ?? null, currency: partner.currency };
}
