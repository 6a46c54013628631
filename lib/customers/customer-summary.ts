import type { Prisma } from '../db/client.ts';
import { isLowBalance } from './low-balance.ts';

export const customerSummarySelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  status: true,
  kycStatus: true,
  billingModel: true,
  currency: true,
  balance: true,
  balanceUpdatedAt: true,
  creditLimit: true,
  lowBalanceThreshold: true,
  providerAccountId: true,
  createdAt: true,
  connectionId: true,
  connection: { select: { label: true, kind: true } },
} satisfies Prisma.CustomerSelect;

type CustomerSummaryRow = Prisma.CustomerGetPayload<{ select: typeof customerSummarySelect }>;

/** What pages may see of a customer: plain values, amounts as decimal strings, no secrets. */
export type CustomerSummary = Omit<CustomerSummaryRow, 'balance' | 'creditLimit' | 'lowBalanceThreshold' | 'connection'> & {
  balance: string;
  creditLimit: string;
  lowBalanceThreshold: string | null;
  /** See low-balance.ts for the rule. */
  lowBalance: boolean;
  connectionLabel: string;
  providerKind: CustomerSummaryRow['connection']['kind'];
};

export function toCustomerSummary({ connection, balance, creditLimit, lowBalanceThreshold, ...row }: CustomerSummaryRow): CustomerSummary {
  const amounts = {
    balance: balance.toFixed(),
    creditLimit: creditLimit.toFixed(),
    lowBalanceThreshold: lowBalanceThreshold?.toFixed() ?? null,
  };
  return {
    ...row,
    ...amounts,
    lowBalance: isLowBalance({ ...amounts, billingModel: row.billingModel, status: row.status }),
    connectionLabel: connection.label,
    providerKind: connection.kind,
  };
}
