import type { Prisma } from '../db/client.ts';

export const customerSummarySelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  status: true,
  billingModel: true,
  currency: true,
  balance: true,
  creditLimit: true,
  providerAccountId: true,
  createdAt: true,
  connection: { select: { label: true, kind: true } },
} satisfies Prisma.CustomerSelect;

type CustomerSummaryRow = Prisma.CustomerGetPayload<{ select: typeof customerSummarySelect }>;

/** What pages may see of a customer: plain values, amounts as decimal strings, no secrets. */
export type CustomerSummary = Omit<CustomerSummaryRow, 'balance' | 'creditLimit' | 'connection'> & {
  balance: string;
  creditLimit: string;
  connectionLabel: string;
  providerKind: CustomerSummaryRow['connection']['kind'];
};

export function toCustomerSummary({ connection, balance, creditLimit, ...row }: CustomerSummaryRow): CustomerSummary {
  return {
    ...row,
    balance: balance.toFixed(),
    creditLimit: creditLimit.toFixed(),
    connectionLabel: connection.label,
    providerKind: connection.kind,
  };
}
