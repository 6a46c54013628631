import type { LedgerAccountKind } from '../db/client.ts';

/**
 * The ledger's accounts, each named by a natural key so that the first two fundings of a
 * customer, arriving together, open one account between them and not two.
 */
export type LedgerAccountSpec = { key: string; kind: LedgerAccountKind; customerId: string | null; currency: string };

/** The partner's own money, from which customer wallets are funded; it goes negative as the partner pays out. */
export function partnerFundingAccount(partnerId: string, currency: string): LedgerAccountSpec {
  return { key: `partner:${partnerId}:funding:${currency}`, kind: 'PARTNER_FUNDING', customerId: null, currency };
}

/** Money sent to the provider whose transfer is not confirmed yet. */
export function transfersInFlightAccount(partnerId: string, currency: string): LedgerAccountSpec {
  return { key: `partner:${partnerId}:in-flight:${currency}`, kind: 'TRANSFERS_IN_FLIGHT', customerId: null, currency };
}

/** What the portal has moved into the customer's wallet at the provider. */
export function customerWalletAccount(customerId: string, currency: string): LedgerAccountSpec {
  return { key: `customer:${customerId}:wallet:${currency}`, kind: 'CUSTOMER_WALLET', customerId, currency };
}
