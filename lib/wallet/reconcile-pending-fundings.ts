import type { AuditActor } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { Prisma } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { ProviderError, ProviderNotFound } from '../providers/errors.ts';
import type { ProviderAdapter } from '../providers/types.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import { customerProviderAccess, INTERACTIVE_WALLET_HTTP, walletCustomerSelect, type HttpOverrides, type ProviderAccess } from './customer-provider-account.ts';
import { releaseFunding, settleFunding } from './funding-transitions.ts';

/** How long a transfer the provider has no record of stays pending: it may still arrive late. */
export const DEFAULT_RECONCILE_SAFETY_DELAY_MS = 2 * 60_000;

const CUSTOMERS_AT_ONCE = 4;

export type ReconcileOptions = {
  /** Only this customer's fundings (the customer's wallet card). */
  customerId?: string;
  /** Only these fundings (a repeated request for one). */
  fundingIds?: string[];
  /** A funding the provider does not know is reversed only once it is older than this. */
  safetyDelayMs?: number;
  limit?: number;
  http?: HttpOverrides;
  ip?: string | null;
};

export type ReconcileSummary = {
  checked: number;
  settled: number;
  reversed: number;
  /** Not found yet, but too recent to call missing. */
  stillPending: number;
  /** The provider could not be asked; they stay pending for the next run. */
  unreachable: number;
};

/**
 * Asks the provider about every pending funding whose outcome is unknown (or whose request
 * has been in flight for longer than the safety delay): found → SETTLED, not found → REVERSED
 * with the hold released, no answer → left for the next run. Safe to run from several
 * places at once: each change is conditional on the funding still being PENDING.
 *
 * The wallet-reconcile job runs it every few minutes; the reconciliation page and the customer's
 * wallet card call it on demand.
 */
export async function reconcilePendingFundings(scope: PartnerScope, options: ReconcileOptions = {}): Promise<ReconcileSummary> {
  const db = scopedDb(scope);
  const safetyDelayMs = options.safetyDelayMs ?? DEFAULT_RECONCILE_SAFETY_DELAY_MS;
  const cutoff = new Date(Date.now() - safetyDelayMs);
  const where: Prisma.WalletFundingWhereInput = {
    status: 'PENDING',
    OR: [{ outcomeUnknown: true }, { updatedAt: { lt: cutoff } }],
    ...(options.customerId ? { customerId: options.customerId } : {}),
    ...(options.fundingIds ? { id: { in: options.fundingIds } } : {}),
  };
  const pending = await db.walletFunding.findMany({
    where,
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 200,
    select: { id: true, customerId: true, updatedAt: true },
  });
  const summary: ReconcileSummary = { checked: pending.length, settled: 0, reversed: 0, stillPending: 0, unreachable: 0 };
  if (pending.length === 0) return summary;

  const actor: AuditActor = { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: options.ip ?? null };
  const customers = await db.customer.findMany({ where: { id: { in: [...new Set(pending.map((funding) => funding.customerId))] } }, select: walletCustomerSelect });
  const adapters = new Map<string, Promise<ProviderAdapter>>();

  // Customers are asked side by side (a few at a time); one customer's fundings in order.
  const queue = [...customers];
  const worker = async () => {
    for (let customer = queue.shift(); customer; customer = queue.shift()) {
      const access = await customerProviderAccess(customer, options.http ?? INTERACTIVE_WALLET_HTTP, adapters);
      for (const funding of pending.filter((row) => row.customerId === customer!.id)) {
        const outcome = access ? await reconcileOne(db, actor, access, funding, cutoff) : 'unreachable';
        summary[outcome]++;
      }
    }
  };
  await Promise.all(Array.from({ length: CUSTOMERS_AT_ONCE }, worker));
  return summary;
}

async function reconcileOne(
  db: ScopedDb,
  actor: AuditActor,
  access: ProviderAccess,
  funding: { id: string; updatedAt: Date },
  cutoff: Date,
): Promise<'settled' | 'reversed' | 'stillPending' | 'unreachable'> {
  const found = await askProvider(access, funding.id);
  if (found === 'unreachable') return found;
  if (found) {
    await settleFunding(db, actor, funding.id, { providerTransactionId: found.transactionId, balanceAfter: null, via: 'reconciliation' });
    return 'settled';
  }
  if (funding.updatedAt >= cutoff) return 'stillPending';
  await releaseFunding(db, actor, funding.id, { status: 'REVERSED', reason: 'The provider has no record of this transfer; the amount was returned to the partner balance.' });
  return 'reversed';
}

/** The provider's record of the funding, null when it has none, or 'unreachable'. */
async function askProvider({ adapter, ref }: ProviderAccess, fundingId: string): Promise<{ transactionId: string } | null | 'unreachable'> {
  try {
    return await adapter.findFunding(ref, fundingId);
  } catch (error) {
    // No such account at the provider: nothing can have been transferred into it.
    if (error instanceof ProviderNotFound) return null;
    if (!(error instanceof ProviderError)) throw error;
    logger.warn({ fundingId, error: error.code }, 'funding reconciliation could not reach the provider');
    return 'unreachable';
  }
}
