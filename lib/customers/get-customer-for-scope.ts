import { scopedDb } from '../tenancy/scoped-db.ts';
import type { Scope } from '../tenancy/scope.ts';
import { customerSummarySelect, toCustomerSummary, type CustomerSummary } from './customer-summary.ts';

export type CustomerDetail = CustomerSummary & {
  country: string | null;
  hasAuthToken: boolean;
  partnerName: string;
  updatedAt: Date;
};

/** One customer as the caller may see it; null when it does not exist in the caller's scope. */
export async function getCustomerForScope(scope: Scope, customerId: string): Promise<CustomerDetail | null> {
  const row = await scopedDb(scope).customer.findUnique({
    where: { id: customerId },
    select: {
      ...customerSummarySelect,
      country: true,
      authTokenEnc: true,
      updatedAt: true,
      partner: { select: { name: true } },
    },
  });
  if (!row) return null;
  const { authTokenEnc, partner, country, updatedAt, ...summary } = row;
  // The ciphertext stays here: pages learn only whether a token is stored.
  return { ...toCustomerSummary(summary), country, updatedAt, hasAuthToken: authTokenEnc !== null, partnerName: partner.name };
}
