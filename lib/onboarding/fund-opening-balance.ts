import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { logger } from '../log/logger.ts';
import { ProviderError } from '../providers/errors.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import { fundCustomerWallet } from '../wallet/fund-customer-wallet.ts';
import { encodeFailure, type OnboardingFailureKind } from './onboarding-failure.ts';
import { actorOf, formError, loadOnboarding, type OnboardingOutcome } from './onboarding-records.ts';
import { openingBalanceSchema } from './onboarding-schemas.ts';

type Context = { ip: string | null };

export const FUNDING_UNCONFIRMED_MESSAGE =
  'The provider has not confirmed the opening balance yet. The wallet reconciles it with the provider; “Check again” asks once more with the same key, so it is never applied twice.';

/**
 * The opening balance, through the wallet's own funding service. Its idempotency key is
 * stored on the onboarding before the first attempt, so a resume, a double click or a
 * retry after a lost answer can only ever apply it once. A key is let go only when its
 * funding definitely moved nothing (refused or reversed); the next attempt gets a new one.
 */
export async function fundOpeningBalance(scope: PartnerScope, customerId: string, input: unknown, context: Context): Promise<OnboardingOutcome> {
  const db = scopedDb(scope);
  const record = await loadOnboarding(db, customerId);
  if (!record) return formError('This onboarding no longer exists.');
  if (record.step !== 'FUND') return { ok: true, customerId };

  // A key still held means its funding may have happened: repeat it exactly, whatever was typed.
  let amount = record.fundingKey && record.openingBalance ? record.openingBalance.toFixed() : null;
  if (!amount) {
    const parsed = openingBalanceSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, customerId };
    amount = parsed.data.amount;
  }
  const idempotencyKey = record.fundingKey ?? `onboarding:${customerId}:${randomUUID()}`;
  if (!record.fundingKey) {
    const claimed = await db.customerOnboarding.updateMany({ where: { customerId, step: 'FUND', fundingKey: null }, data: { fundingKey: idempotencyKey, openingBalance: amount } });
    if (claimed.count === 0) return formError('Someone else is funding this customer right now; reload the page to see where it stands.', customerId);
  }

  let result: Awaited<ReturnType<typeof fundCustomerWallet>>;
  try {
    result = await fundCustomerWallet(scope, { customerId, amount, idempotencyKey, description: 'Opening balance' }, { ip: context.ip });
  } catch (error) {
    // The key stays: the next attempt repeats this funding and cannot apply it twice.
    await recordFundingFailure(db, scope, customerId, 'unknown', FUNDING_UNCONFIRMED_MESSAGE, context, idempotencyKey);
    if (error instanceof ProviderError) return formError(FUNDING_UNCONFIRMED_MESSAGE, customerId);
    logger.error({ customerId, error: error instanceof Error ? error.name : 'unknown' }, 'onboarding: opening balance failed unexpectedly');
    throw error;
  }

  if (!result.ok) {
    // A refusal normally records nothing; should a funding exist under the key, its status decides.
    const recorded = await db.walletFunding.findFirst({ where: { idempotencyKey }, select: { status: true } });
    const keepKey = recorded?.status === 'PENDING' || recorded?.status === 'SETTLED';
    const message = result.formError ?? Object.values(result.fieldErrors).flat()[0] ?? 'The opening balance was not accepted.';
    await recordFundingFailure(db, scope, customerId, keepKey ? 'unknown' : 'refused', message, context, keepKey ? idempotencyKey : null);
    return { ok: false, fieldErrors: result.fieldErrors, formError: result.formError, customerId };
  }
  const { funding } = result;
  if (funding.status === 'SETTLED') {
    await db.$transaction(async (tx) => {
      await tx.customerOnboarding.update({ where: { customerId }, data: { step: 'ASSIGN_NUMBER', lastError: null } });
      await recordAuditEvent(tx, actorOf(scope, context.ip), {
        action: 'onboarding.fund',
        entityType: 'Customer',
        entityId: customerId,
        after: { fundingId: funding.id, amount: funding.amount, currency: funding.currency, nextStep: 'ASSIGN_NUMBER' },
      });
    });
    return { ok: true, customerId };
  }
  if (funding.status === 'PENDING') {
    await recordFundingFailure(db, scope, customerId, 'unknown', FUNDING_UNCONFIRMED_MESSAGE, context, idempotencyKey);
    return formError(FUNDING_UNCONFIRMED_MESSAGE, customerId);
  }
  const message = funding.status === 'REVERSED' ? 'The provider never applied the opening balance; nothing was moved. Try again.' : 'The provider refused the opening balance; nothing was moved.';
  await recordFundingFailure(db, scope, customerId, 'refused', message, context, null);
  return formError(message, customerId);
}

/** `fundingKey` null lets the key go (its funding moved nothing); a key keeps it for the repeat. */
async function recordFundingFailure(
  db: ScopedDb,
  scope: PartnerScope,
  customerId: string,
  kind: OnboardingFailureKind,
  message: string,
  context: Context,
  fundingKey: string | null,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.customerOnboarding.update({ where: { customerId }, data: { lastError: encodeFailure(kind, message), fundingKey } });
    await recordAuditEvent(tx, actorOf(scope, context.ip), {
      action: kind === 'unknown' ? 'onboarding.fund.unconfirmed' : 'onboarding.fund.failed',
      entityType: 'Customer',
      entityId: customerId,
      after: { failure: kind, message },
    });
  });
}
