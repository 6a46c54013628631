import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma, type BillingModel, type FundingStatus } from '../db/client.ts';
import { providerDefinition } from '../providers/index.ts';
import type { CapabilityStatus } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { amountInMinorUnits } from './funding-amount.ts';

export type FundingListItem = {
  id: string;
  status: FundingStatus;
  outcomeUnknown: boolean;
  amount: string;
  currency: string;
  description: string | null;
  lastError: string | null;
  createdAt: Date;
  settledAt: Date | null;
};

export type CustomerWallet = {
  customerId: string;
  customerName: string;
  currency: string;
  billingModel: BillingModel;
  creditLimit: string;
  /** What the portal has moved into this wallet, by the ledger. */
  ledgerBalance: string;
  /** Sent or about to be sent, not confirmed yet. */
  pendingAmount: string;
  pendingCount: number;
  funding: CapabilityStatus;
  creditLimitAtProvider: CapabilityStatus;
  recentFundings: FundingListItem[];
};

export const fundingListSelect = {
  id: true,
  status: true,
  outcomeUnknown: true,
  amount: true,
  currency: true,
  description: true,
  lastError: true,
  createdAt: true,
  settledAt: true,
} satisfies Prisma.WalletFundingSelect;

export function toFundingListItem(row: Prisma.WalletFundingGetPayload<{ select: typeof fundingListSelect }>): FundingListItem {
  return { ...row, amount: amountInMinorUnits(row.amount, row.currency) };
}

/** The customer's wallet as the ledger knows it, with its recent fundings; null outside the caller's scope. */
export async function getCustomerWallet(scope: PartnerScope, customerId: string, { recent = 8 }: { recent?: number } = {}): Promise<CustomerWallet | null> {
  const db = scopedDb(scope);
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { id: true, name: true, currency: true, billingModel: true, creditLimit: true, connection: { select: { kind: true } } },
  });
  if (!customer) return null;
  const [account, pending, fundings] = await Promise.all([
    db.ledgerAccount.findFirst({ where: { customerId, kind: 'CUSTOMER_WALLET', currency: customer.currency }, select: { balance: true } }),
    db.walletFunding.aggregate({ where: { customerId, status: 'PENDING' }, _sum: { amount: true }, _count: true }),
    db.walletFunding.findMany({ where: { customerId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: recent, select: fundingListSelect }),
  ]);
  const capabilities = providerDefinition(customer.connection.kind).capabilities;
  return {
    customerId: customer.id,
    customerName: customer.name,
    currency: customer.currency,
    billingModel: customer.billingModel,
    creditLimit: amountInMinorUnits(customer.creditLimit, customer.currency),
    ledgerBalance: amountInMinorUnits(account?.balance ?? new Prisma.Decimal(0), customer.currency),
    pendingAmount: amountInMinorUnits(pending._sum.amount ?? new Prisma.Decimal(0), customer.currency),
    pendingCount: pending._count,
    funding: capabilities['wallet.fund'],
    creditLimitAtProvider: capabilities['wallet.creditLimit'],
    recentFundings: fundings.map(toFundingListItem),
  };
}
