import { z } from 'zod';
import type { AuditActor } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import { classifyFundingError } from './classify-funding-error.ts';
import { customerProviderAccess, INTERACTIVE_WALLET_HTTP, walletCustomerSelect, type HttpOverrides, type ProviderAccess } from './customer-provider-account.ts';
import { fundingAmountProblems } from './funding-amount.ts';
import { markFundingOutcomeUnknown, recordFundingRequest, releaseFunding, settleFunding } from './funding-transitions.ts';
import { fundingViewSelect, toFundingView, type FundingResult } from './funding-view.ts';
import { reconcilePendingFundings } from './reconcile-pending-fundings.ts';

export type { FundingResult, FundingView } from './funding-view.ts';

export const fundingRequestSchema = z.object({
  customerId: z.string().trim().min(1, 'Choose a customer.'),
  amount: z.string().trim().min(1, 'Enter an amount.'),
  idempotencyKey: z.string().trim().min(8, 'The request is missing its key; reopen the dialog.').max(100),
  description: z
    .string()
    .trim()
    .max(200, 'Use at most 200 characters.')
    .optional()
    .transform((text) => text || null),
});

export type FundingRequest = z.input<typeof fundingRequestSchema>;

export type FundingDeps = {
  /** HTTP settings for the provider calls; tests tighten them. */
  http?: HttpOverrides;
  /** How long a repeated request waits for the first one's answer before reporting it pending. */
  inFlightWaitMs?: number;
  /** Passed to reconciliation when a repeated request finds the outcome unknown. */
  reconcileSafetyDelayMs?: number;
  /** Set by the auto top-up job; staff fundings leave it out. */
  origin?: 'STAFF' | 'AUTO_TOP_UP';
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Moves `amount` (in the customer's currency) from the partner to the customer's wallet at
 * the provider, exactly once per idempotency key. The funding and its hold are recorded
 * before the provider is called, and the call happens outside any database transaction;
 * its answer settles, fails or (when no answer comes) leaves the funding pending for
 * reconciliation. A repeated key returns the first request's funding, never a second transfer.
 */
export async function fundCustomerWallet(
  scope: PartnerScope,
  input: FundingRequest,
  context: { ip: string | null },
  deps: FundingDeps = {},
): Promise<FundingResult> {
  const parsed = fundingRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const request = parsed.data;
  const db = scopedDb(scope);
  const actor = { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip };

  const earlier = await findByKey(db, request.idempotencyKey);
  if (earlier) return answerRepeat(scope, db, earlier, request, context, deps);

  const customer = await db.customer.findUnique({ where: { id: request.customerId }, select: walletCustomerSelect });
  if (!customer) return { ok: false, fieldErrors: { customerId: ['This customer does not exist.'] } };
  if (customer.status !== 'ACTIVE') return { ok: false, fieldErrors: {}, formError: `${customer.name} is ${customer.status.toLowerCase()}; only active customers can be funded.` };
  if (!customer.providerAccountId) return { ok: false, fieldErrors: {}, formError: `${customer.name} has no account at the provider yet; finish onboarding first.` };
  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { maxTransferAmount: true } });
  const amountProblems = fundingAmountProblems(request.amount, customer.currency, partner.maxTransferAmount);
  if (amountProblems.length > 0) return { ok: false, fieldErrors: { amount: amountProblems } };

  // Credentials are decrypted before the transaction opens: the key ring may read its table.
  const access = await customerProviderAccess(customer, deps.http ?? INTERACTIVE_WALLET_HTTP);
  const capability = access!.adapter.capabilities['wallet.fund'];
  if (!capability.supported) return { ok: false, fieldErrors: {}, formError: `${customer.connection.label} cannot fund wallets: ${capability.reason}` };

  let funding;
  try {
    funding = await recordFundingRequest(db, actor, {
      customerId: customer.id,
      customerName: customer.name,
      amount: new Prisma.Decimal(request.amount),
      currency: customer.currency,
      idempotencyKey: request.idempotencyKey,
      description: request.description,
      origin: deps.origin,
    });
  } catch (error) {
    // The same key arrived twice at once: the other request recorded it and sends it.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    const winner = await findByKey(db, request.idempotencyKey);
    if (!winner) throw error;
    return answerRepeat(scope, db, winner, request, context, deps);
  }
  return { ok: true, funding: toFundingView(await sendFunding(db, actor, access!, funding, request.description)) };
}

async function sendFunding(
  db: ScopedDb,
  actor: AuditActor,
  { adapter, ref }: ProviderAccess,
  funding: { id: string; amount: Prisma.Decimal; currency: string },
  description: string | null,
) {
  try {
    const result = await adapter.fundAccount(ref, {
      amount: { amount: funding.amount.toFixed(), currency: funding.currency },
      operationId: funding.id,
      description: description ?? undefined,
    });
    return await settleFunding(db, actor, funding.id, { providerTransactionId: result.transactionId, balanceAfter: result.balanceAfter, via: 'provider' });
  } catch (error) {
    const failure = classifyFundingError(error);
    if (failure?.kind === 'refused') return releaseFunding(db, actor, funding.id, { status: 'FAILED', reason: failure.reason });
    // Anything else may have moved money: keep the hold and let reconciliation ask the provider.
    const unknown = await markFundingOutcomeUnknown(db, actor, funding.id, failure?.reason ?? 'The transfer was interrupted; its outcome is unknown.');
    if (!failure) throw error;
    return unknown;
  }
}

const repeatSelect = { ...fundingViewSelect, customerId: true } satisfies Prisma.WalletFundingSelect;

function findByKey(db: ScopedDb, idempotencyKey: string) {
  return db.walletFunding.findFirst({ where: { idempotencyKey }, select: repeatSelect });
}

/**
 * A request with a key already used: the first funding's state, once its answer is in.
 * If its outcome is unknown, the provider is asked now, so a retry resolves it when it can.
 */
async function answerRepeat(
  scope: PartnerScope,
  db: ScopedDb,
  earlier: Prisma.WalletFundingGetPayload<{ select: typeof repeatSelect }>,
  request: z.output<typeof fundingRequestSchema>,
  context: { ip: string | null },
  deps: FundingDeps,
): Promise<FundingResult> {
  const sameAmount = /^\d+(\.\d+)?$/.test(request.amount) && earlier.amount.equals(new Prisma.Decimal(request.amount));
  if (earlier.customerId !== request.customerId || !sameAmount) {
    return { ok: false, fieldErrors: {}, formError: 'This request was already used for a different transfer. Close the dialog and start a new transfer.' };
  }
  let current = earlier;
  const deadline = Date.now() + (deps.inFlightWaitMs ?? (deps.http?.timeoutMs ?? INTERACTIVE_WALLET_HTTP.timeoutMs!) + 2_000);
  while (current.status === 'PENDING' && !current.outcomeUnknown && Date.now() < deadline) {
    await sleep(100);
    current = (await findByKey(db, request.idempotencyKey)) ?? current;
  }
  if (current.status === 'PENDING' && current.outcomeUnknown) {
    await reconcilePendingFundings(scope, { fundingIds: [current.id], http: deps.http, safetyDelayMs: deps.reconcileSafetyDelayMs, ip: context.ip });
    current = (await findByKey(db, request.idempotencyKey)) ?? current;
  }
  return { ok: true, funding: toFundingView(current) };
}
