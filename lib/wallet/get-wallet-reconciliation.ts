import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { getCustomerProviderBalance } from '../customers/get-customer-provider-balance.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { amountInMinorUnits } from './funding-amount.ts';
import { fundingListSelect, toFundingListItem, type FundingListItem } from './get-customer-wallet.ts';

export type DriftState =
  /** The provider's balance equals what the ledger moved in. */
  | 'matches'
  /** They differ and nothing pending explains it. */
  | 'drift'
  /** Fundings still pending: reconcile them first. */
  | 'pending'
  /** The provider's balance is not known. */
  | 'unknown';

export type WalletDriftRow = {
  customerId: string;
  customerName: string;
  currency: string;
  ledgerBalance: string;
  /** Null when nothing is pending. */
  pendingAmount: string | null;
  provider: { balance: string | null; fetchedAt: Date | null; fresh: boolean; problem: string | null };
  /** Provider minus ledger, when both are known. */
  difference: string | null;
  state: DriftState;
};

export type PendingFunding = FundingListItem & { customerId: string; customerName: string };

const PROVIDER_READS_AT_ONCE = 5;

/**
 * Per funded customer, the ledger's wallet beside the provider's balance (live, or the last
 * known one with its age) and whether they drift apart. Usage, and top-ups made outside
 * the portal, also move the provider's balance: a difference is a prompt to look, not proof of a bug.
 */
export async function listWalletDrift(scope: PartnerScope, { page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {}) {
  const db = scopedDb(scope);
  const safePage = Math.max(1, Math.floor(page));
  const where = { kind: 'CUSTOMER_WALLET' as const, customerId: { not: null } };
  const [accounts, total] = await Promise.all([
    db.ledgerAccount.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip: (safePage - 1) * pageSize, take: pageSize, select: { customerId: true, currency: true, balance: true } }),
    db.ledgerAccount.count({ where }),
  ]);
  const customerIds = accounts.map((account) => account.customerId!);
  const [customers, pending] = await Promise.all([
    db.customer.findMany({ where: { id: { in: customerIds } }, select: { id: true, name: true } }),
    db.walletFunding.groupBy({ by: ['customerId'], where: { customerId: { in: customerIds }, status: 'PENDING' }, _sum: { amount: true } }),
  ]);
  const nameOf = new Map(customers.map((customer) => [customer.id, customer.name]));
  const pendingOf = new Map(pending.map((row) => [row.customerId, row._sum.amount ?? new Prisma.Decimal(0)]));

  const rows: WalletDriftRow[] = new Array(accounts.length);
  const queue = accounts.map((account, index) => ({ account, index }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { account, index } = next;
      const customerId = account.customerId!;
      rows[index] = driftRow(customerId, nameOf.get(customerId) ?? customerId, account, pendingOf.get(customerId), await getCustomerProviderBalance(scope, customerId));
    }
  };
  await Promise.all(Array.from({ length: PROVIDER_READS_AT_ONCE }, worker));
  return { rows, total, page: safePage, pageSize };
}

function driftRow(
  customerId: string,
  customerName: string,
  account: { currency: string; balance: Prisma.Decimal },
  pending: Prisma.Decimal | undefined,
  view: Awaited<ReturnType<typeof getCustomerProviderBalance>>,
): WalletDriftRow {
  const { currency } = account;
  const data = view?.kind === 'data' ? view : null;
  const providerAmount = data?.data && data.data.balance.currency === currency ? new Prisma.Decimal(data.data.balance.amount) : null;
  const difference = providerAmount ? providerAmount.minus(account.balance) : null;
  const pendingAmount = pending ?? new Prisma.Decimal(0);
  const state: DriftState = !difference ? 'unknown' : difference.isZero() ? 'matches' : pendingAmount.greaterThan(0) ? 'pending' : 'drift';
  const problem = !view ? 'This customer no longer exists.' : view.kind === 'unavailable' ? view.reason : (view.error?.message ?? null);
  return {
    customerId,
    customerName,
    currency,
    ledgerBalance: amountInMinorUnits(account.balance, currency),
    pendingAmount: pendingAmount.isZero() ? null : amountInMinorUnits(pendingAmount, currency),
    provider: {
      balance: providerAmount ? amountInMinorUnits(providerAmount, currency) : null,
      fetchedAt: data?.fetchedAt ?? null,
      fresh: data?.fresh ?? false,
      problem,
    },
    difference: difference ? amountInMinorUnits(difference, currency) : null,
    state,
  };
}

/** Fundings not settled yet, oldest first: in flight, or sent without an answer. */
export async function listPendingFundings(scope: PartnerScope, { take = 50 }: { take?: number } = {}): Promise<PendingFunding[]> {
  const rows = await scopedDb(scope).walletFunding.findMany({
    where: { status: 'PENDING' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take,
    select: { ...fundingListSelect, customerId: true, customer: { select: { name: true } } },
  });
  return rows.map(({ customer, customerId, ...row }) => ({ ...toFundingListItem(row), customerId, customerName: customer.name }));
}
