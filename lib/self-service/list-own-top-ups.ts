import type { CustomerScope } from '../numbers/list-customer-numbers.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fundingListSelect, toFundingListItem, type FundingListItem } from '../wallet/get-customer-wallet.ts';

export const OWN_TOP_UPS_SHOWN = 25;

/** The partner's transfers into the customer's wallet, newest first, as the portal recorded them. */
export async function listOwnTopUps(scope: CustomerScope): Promise<FundingListItem[]> {
  const rows = await scopedDb(scope).walletFunding.findMany({
    where: { customerId: scope.customerId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: OWN_TOP_UPS_SHOWN,
    select: fundingListSelect,
  });
  return rows.map(toFundingListItem);
}
