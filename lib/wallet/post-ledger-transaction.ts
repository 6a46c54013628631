import { Prisma } from '../db/client.ts';
import type { ScopedDb } from '../tenancy/scoped-db.ts';
import type { LedgerAccountSpec } from './ledger-accounts.ts';

/** The client a partner-scoped `$transaction` callback receives. */
export type ScopedTransaction = Parameters<Extract<Parameters<ScopedDb['$transaction']>[0], (...args: never[]) => unknown>>[0];

export type LedgerWriter = Pick<ScopedTransaction, 'ledgerAccount' | 'ledgerTransaction' | 'ledgerEntry'>;

export type LedgerMovement = { account: LedgerAccountSpec; amount: Prisma.Decimal };

export type LedgerPosting = {
  partnerId: string;
  fundingId: string | null;
  /** e.g. "funding.requested"; what the movement means, for people reading the ledger. */
  kind: string;
  description: string;
  movements: LedgerMovement[];
};

/** A posting whose entries do not sum to zero, or mix currencies: a bug, never a user error. */
export class LedgerUnbalanced extends Error {
  constructor(kind: string, detail: string) {
    super(`Ledger transaction "${kind}" is unbalanced: ${detail}.`);
    this.name = 'LedgerUnbalanced';
  }
}

/**
 * Records one balanced transaction and moves the accounts' balances with it. Call inside
 * a database transaction: the entries and the balances change together or not at all.
 */
export async function postLedgerTransaction(tx: LedgerWriter, posting: LedgerPosting): Promise<string> {
  const { movements, kind } = posting;
  const currencies = new Set(movements.map((movement) => movement.account.currency));
  if (movements.length < 2 || currencies.size !== 1) throw new LedgerUnbalanced(kind, 'it needs two or more entries in one currency');
  const sum = movements.reduce((total, movement) => total.plus(movement.amount), new Prisma.Decimal(0));
  if (!sum.isZero()) throw new LedgerUnbalanced(kind, `its entries sum to ${sum.toFixed()}`);

  // ON CONFLICT DO NOTHING: concurrent first uses of an account agree on one row.
  await tx.ledgerAccount.createMany({
    data: movements.map(({ account }) => ({ ...account, partnerId: posting.partnerId })),
    skipDuplicates: true,
  });
  const accounts = await tx.ledgerAccount.findMany({ where: { key: { in: movements.map((movement) => movement.account.key) } }, select: { id: true, key: true } });
  const idOf = new Map(accounts.map((account) => [account.key, account.id]));

  const transaction = await tx.ledgerTransaction.create({
    data: { partnerId: posting.partnerId, fundingId: posting.fundingId, kind, description: posting.description },
  });
  const entries = movements.map((movement) => ({ accountId: idOf.get(movement.account.key)!, amount: movement.amount, currency: movement.account.currency }));
  await tx.ledgerEntry.createMany({
    data: entries.map((entry) => ({ ...entry, partnerId: posting.partnerId, transactionId: transaction.id })),
  });
  // Always in the same order, so two postings touching the same accounts cannot deadlock.
  for (const entry of [...entries].sort((a, b) => a.accountId.localeCompare(b.accountId))) {
    await tx.ledgerAccount.update({ where: { id: entry.accountId }, data: { balance: { increment: entry.amount } } });
  }
  return transaction.id;
}
