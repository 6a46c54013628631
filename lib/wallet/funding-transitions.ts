import { recordAuditEvent, type AuditActor } from '../audit/record-audit-event.ts';
import { Prisma } from '../db/client.ts';
import type { Money } from '../providers/types.ts';
import type { ScopedDb } from '../tenancy/scoped-db.ts';
import { fundingViewSelect } from './funding-view.ts';
import { customerWalletAccount, partnerFundingAccount, transfersInFlightAccount } from './ledger-accounts.ts';
import { postLedgerTransaction } from './post-ledger-transaction.ts';

/**
 * Every state change of a funding, each one database transaction with its ledger posting
 * and audit event. Changes are conditional on the status they start from, so two workers
 * (a request and a reconciliation, or two reconciliations) can never post one twice.
 */

// Transactions queue for the pool's connections under load; waiting a while beats failing.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

export type NewFunding = {
  customerId: string;
  customerName: string;
  amount: Prisma.Decimal;
  currency: string;
  idempotencyKey: string;
  description: string | null;
  /** Who asked: staff, or the auto top-up rule (counted against its daily cap). */
  origin?: 'STAFF' | 'AUTO_TOP_UP';
};

type FundingFacts = { id: string; partnerId: string; customerId: string; amount: Prisma.Decimal; currency: string };

const factsSelect = { id: true, partnerId: true, customerId: true, amount: true, currency: true, status: true } satisfies Prisma.WalletFundingSelect;

function auditSummary(funding: FundingFacts, extra: Record<string, unknown> = {}) {
  return { fundingId: funding.id, amount: funding.amount.toFixed(), currency: funding.currency, ...extra };
}

/** PENDING funding plus the hold: the partner's money moves to "in flight" before anything is sent. */
export async function recordFundingRequest(db: ScopedDb, actor: AuditActor & { partnerId: string }, input: NewFunding) {
  return db.$transaction(async (tx) => {
    const funding = await tx.walletFunding.create({
      data: {
        partnerId: actor.partnerId,
        customerId: input.customerId,
        idempotencyKey: input.idempotencyKey,
        amount: input.amount,
        currency: input.currency,
        description: input.description,
        requestedById: actor.userId,
        origin: input.origin ?? 'STAFF',
        attempts: 1,
      },
      select: { ...fundingViewSelect, ...factsSelect },
    });
    await postLedgerTransaction(tx, {
      partnerId: actor.partnerId,
      fundingId: funding.id,
      kind: 'funding.requested',
      description: `Transfer to ${input.customerName} requested`,
      movements: [
        { account: partnerFundingAccount(actor.partnerId, input.currency), amount: input.amount.negated() },
        { account: transfersInFlightAccount(actor.partnerId, input.currency), amount: input.amount },
      ],
    });
    await recordAuditEvent(tx, actor, {
      action: 'wallet.funding.request',
      entityType: 'Customer',
      entityId: input.customerId,
      after: auditSummary(funding, { description: input.description }),
    });
    return funding;
  }, TRANSACTION_OPTIONS);
}

export type SettleOutcome = { providerTransactionId: string | null; balanceAfter: Money | null; via: 'provider' | 'reconciliation' };

/**
 * The provider confirmed the transfer: the hold moves into the customer's wallet. A
 * funding already reversed by reconciliation (the provider applied it late) is settled
 * again from the partner's money, so the ledger follows what the provider did.
 */
export async function settleFunding(db: ScopedDb, actor: AuditActor, fundingId: string, outcome: SettleOutcome) {
  return db.$transaction(async (tx) => {
    const funding = await tx.walletFunding.findUniqueOrThrow({ where: { id: fundingId }, select: factsSelect });
    const settled = { status: 'SETTLED' as const, outcomeUnknown: false, lastError: null, settledAt: new Date(), providerTransactionId: outcome.providerTransactionId };
    const fromPending = await tx.walletFunding.updateMany({ where: { id: fundingId, status: 'PENDING' }, data: settled });
    const fromReversed = fromPending.count === 0 ? await tx.walletFunding.updateMany({ where: { id: fundingId, status: 'REVERSED' }, data: settled }) : { count: 0 };
    if (fromPending.count + fromReversed.count === 1) {
      const source = fromPending.count === 1 ? transfersInFlightAccount(funding.partnerId, funding.currency) : partnerFundingAccount(funding.partnerId, funding.currency);
      await postLedgerTransaction(tx, {
        partnerId: funding.partnerId,
        fundingId,
        kind: fromPending.count === 1 ? 'funding.settled' : 'funding.settled-after-reversal',
        description: outcome.providerTransactionId ? `Transfer confirmed by the provider (${outcome.providerTransactionId})` : 'Transfer confirmed by the provider',
        movements: [
          { account: source, amount: funding.amount.negated() },
          { account: customerWalletAccount(funding.customerId, funding.currency), amount: funding.amount },
        ],
      });
      if (outcome.balanceAfter && outcome.balanceAfter.currency === funding.currency) {
        // The provider's own figure after this transfer; a newer reading wins, and a balance is not an edit of the customer.
        const now = new Date();
        const { updatedAt } = await tx.customer.findUniqueOrThrow({ where: { id: funding.customerId }, select: { updatedAt: true } });
        await tx.customer.updateMany({
          where: { id: funding.customerId, OR: [{ balanceUpdatedAt: null }, { balanceUpdatedAt: { lt: now } }] },
          data: { balance: new Prisma.Decimal(outcome.balanceAfter.amount), balanceUpdatedAt: now, updatedAt },
        });
      }
      await recordAuditEvent(tx, actor, {
        action: 'wallet.funding.settle',
        entityType: 'Customer',
        entityId: funding.customerId,
        before: { status: fromPending.count === 1 ? 'PENDING' : 'REVERSED' },
        after: auditSummary(funding, { status: 'SETTLED', via: outcome.via, providerTransactionId: outcome.providerTransactionId }),
      });
    }
    return tx.walletFunding.findUniqueOrThrow({ where: { id: fundingId }, select: fundingViewSelect });
  }, TRANSACTION_OPTIONS);
}

/** FAILED (the provider refused) or REVERSED (reconciliation found it never applied): the hold returns to the partner. */
export async function releaseFunding(db: ScopedDb, actor: AuditActor, fundingId: string, release: { status: 'FAILED' | 'REVERSED'; reason: string }) {
  return db.$transaction(async (tx) => {
    const funding = await tx.walletFunding.findUniqueOrThrow({ where: { id: fundingId }, select: factsSelect });
    const moved = await tx.walletFunding.updateMany({
      where: { id: fundingId, status: 'PENDING' },
      data: { status: release.status, outcomeUnknown: false, lastError: release.reason },
    });
    if (moved.count === 1) {
      await postLedgerTransaction(tx, {
        partnerId: funding.partnerId,
        fundingId,
        kind: release.status === 'FAILED' ? 'funding.failed' : 'funding.reversed',
        description: release.status === 'FAILED' ? 'Transfer refused by the provider; hold released' : 'Transfer not found at the provider; hold released',
        movements: [
          { account: transfersInFlightAccount(funding.partnerId, funding.currency), amount: funding.amount.negated() },
          { account: partnerFundingAccount(funding.partnerId, funding.currency), amount: funding.amount },
        ],
      });
      await recordAuditEvent(tx, actor, {
        action: release.status === 'FAILED' ? 'wallet.funding.fail' : 'wallet.funding.reverse',
        entityType: 'Customer',
        entityId: funding.customerId,
        before: { status: 'PENDING' },
        after: auditSummary(funding, { status: release.status, reason: release.reason }),
      });
    }
    return tx.walletFunding.findUniqueOrThrow({ where: { id: fundingId }, select: fundingViewSelect });
  }, TRANSACTION_OPTIONS);
}

/** Sent, but no answer: the funding stays PENDING, marked for reconciliation. */
export async function markFundingOutcomeUnknown(db: ScopedDb, actor: AuditActor, fundingId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const funding = await tx.walletFunding.findUniqueOrThrow({ where: { id: fundingId }, select: factsSelect });
    const moved = await tx.walletFunding.updateMany({ where: { id: fundingId, status: 'PENDING' }, data: { outcomeUnknown: true, lastError: reason } });
    if (moved.count === 1) {
      await recordAuditEvent(tx, actor, {
        action: 'wallet.funding.outcome_unknown',
        entityType: 'Customer',
        entityId: funding.customerId,
        after: auditSummary(funding, { status: 'PENDING', reason }),
      });
    }
    return tx.walletFunding.findUniqueOrThrow({ where: { id: fundingId }, select: fundingViewSelect });
  }, TRANSACTION_OPTIONS);
}
