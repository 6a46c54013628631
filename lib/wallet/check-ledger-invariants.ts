import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type LedgerCheck = {
  transactions: number;
  /** Transactions whose entries do not sum to zero. */
  unbalancedTransactionIds: string[];
  /** Accounts whose stored balance is not the sum of their entries. */
  accountsOutOfBalance: Array<{ key: string; balance: string; entriesSum: string }>;
};

/** Verifies the double-entry rules over the partner's whole ledger; both lists are empty when it is sound. */
export async function checkLedgerInvariants(scope: PartnerScope): Promise<LedgerCheck> {
  const db = scopedDb(scope);
  const [transactions, unbalanced, sums, accounts] = await Promise.all([
    db.ledgerTransaction.count(),
    db.ledgerEntry.groupBy({ by: ['transactionId'], _sum: { amount: true }, having: { amount: { _sum: { not: 0 } } } }),
    db.ledgerEntry.groupBy({ by: ['accountId'], _sum: { amount: true } }),
    db.ledgerAccount.findMany({ select: { id: true, key: true, balance: true } }),
  ]);
  const sumByAccount = new Map(sums.map((row) => [row.accountId, row._sum.amount ?? new Prisma.Decimal(0)]));
  const accountsOutOfBalance = accounts
    .map((account) => ({ account, entriesSum: sumByAccount.get(account.id) ?? new Prisma.Decimal(0) }))
    .filter(({ account, entriesSum }) => !account.balance.equals(entriesSum))
    .map(({ account, entriesSum }) => ({ key: account.key, balance: account.balance.toFixed(), entriesSum: entriesSum.toFixed() }));
  return { transactions, unbalancedTransactionIds: unbalanced.map((row) => row.transactionId), accountsOutOfBalance };
}
