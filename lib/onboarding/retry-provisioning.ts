import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { adapterForConnection } from '../connections/adapter-for-connection.ts';
import { Prisma } from '../db/client.ts';
import { ProviderError } from '../providers/errors.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import type { CreatedAccountSearch } from './find-created-account.ts';
import { effectiveFailure, encodeFailure, type OnboardingFailure } from './onboarding-failure.ts';
import { onboardingPlanFor, type CreatePlan } from './onboarding-plans.ts';
import { actorOf, formError, loadOnboarding, type OnboardingOutcome, type OnboardingRecord } from './onboarding-records.ts';
import { completeProvisioning, recordProvisionFailure, sendCreateAccount } from './send-create-account.ts';
import { findDuplicateCustomer } from './start-onboarding.ts';

type Context = { ip: string | null };

/**
 * What the checks before a resend decided: send the form; stop without sending (storing
 * `failure` where the lease stood); or done, because the account was found and adopted.
 */
type Preparation =
  | { kind: 'send'; form: unknown; search: CreatedAccountSearch | null }
  | { kind: 'stop'; outcome: OnboardingOutcome; failure: OnboardingFailure | null }
  | { kind: 'done'; outcome: OnboardingOutcome };

/**
 * Retries the create step of an onboarding. After a refusal it sends the corrected form.
 * After an unconfirmed create it first looks for the account at the provider: found, it is
 * adopted; certainly absent, it is created; anything else sends nothing.
 */
export async function retryProvisioning(scope: PartnerScope, customerId: string, input: unknown, context: Context): Promise<OnboardingOutcome> {
  const db = scopedDb(scope);
  const record = await loadOnboarding(db, customerId);
  if (!record) return formError('This onboarding no longer exists.');
  if (record.step !== 'PROVISION') return { ok: true, customerId };
  const plan = onboardingPlanFor(record.customer.connection.kind);
  if (plan.mode === 'link') return formError('This provider’s accounts are linked, not created.', customerId);

  const previous = effectiveFailure(record.lastError, record.updatedAt);
  if (previous?.kind === 'sending') return formError('Another attempt is creating this account right now. Wait a moment, then reload the page.', customerId);
  // The lease: of two simultaneous retries only one passes; the other is told to reload.
  const leased = await db.customerOnboarding.updateMany({
    where: { customerId, step: 'PROVISION', updatedAt: record.updatedAt },
    data: { lastError: encodeFailure('sending', 'Retrying at the provider…') },
  });
  if (leased.count === 0) return formError('Someone else is working on this onboarding; reload the page to see where it stands.', customerId);

  const target = { customerId, connection: record.customer.connection };
  const createPlan = plan as CreatePlan<unknown>;
  let prepared: Preparation;
  try {
    prepared = await prepareResend(scope, db, record, createPlan, previous, input, context);
  } catch (error) {
    await restoreFailure(db, customerId, previous);
    throw error;
  }
  if (prepared.kind === 'done') return prepared.outcome;
  if (prepared.kind === 'stop') {
    await restoreFailure(db, customerId, prepared.failure);
    return prepared.outcome;
  }

  const outcome = await sendCreateAccount(scope, target, createPlan, prepared.form, context);
  const locked = createPlan.lockedWhileUnconfirmed;
  if (prepared.search?.kind === 'repeat-is-safe' && locked && !outcome.ok && outcome.fieldErrors[locked.formField]) {
    // The refusal says the account exists — most likely made by the unconfirmed request.
    const message = `This ${locked.formField} already exists at the provider, probably created by the unconfirmed request. Link it with its API key below.`;
    await recordProvisionFailure(scope, customerId, 'unknown', message, context);
    return { ok: false, fieldErrors: { [locked.formField]: [message] }, formError: message, customerId };
  }
  return outcome;
}

async function prepareResend(
  scope: PartnerScope,
  db: ScopedDb,
  record: OnboardingRecord,
  plan: CreatePlan<unknown>,
  previous: OnboardingFailure | null,
  input: unknown,
  context: Context,
): Promise<Preparation> {
  const { customer } = record;
  const keep = (outcome: OnboardingOutcome): Preparation => ({ kind: 'stop', outcome, failure: previous });
  let search: CreatedAccountSearch | null = null;
  if (previous?.kind === 'unknown') {
    try {
      search = await plan.findCreated(await adapterForConnection(customer.connection), customer);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      const message = `The portal could not check the provider (${error.message}). Nothing was sent; check again later.`;
      return { kind: 'stop', outcome: formError(message, customer.id), failure: { kind: 'unknown', message } };
    }
    if (search.kind === 'found') {
      const outcome = await completeProvisioning(scope, { customerId: customer.id, connection: customer.connection }, { account: search.account, authToken: null, generatedPassword: null, how: 'found after an unconfirmed request' }, context);
      return { kind: 'done', outcome };
    }
    if (search.kind === 'undetermined') {
      return { kind: 'stop', outcome: formError(`${search.reason} Nothing was sent.`, customer.id), failure: { kind: 'unknown', message: search.reason } };
    }
  }

  const parsed = plan.schema.safeParse(input);
  if (!parsed.success) {
    const absent = search?.kind === 'absent' ? 'The account is not at the provider, so nothing was created. Complete the form to create it.' : undefined;
    return keep({ ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, formError: absent, customerId: customer.id });
  }
  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { currency: true } });
  const draft = plan.draft(parsed.data, partner.currency);
  const locked = plan.lockedWhileUnconfirmed;
  if (search?.kind === 'repeat-is-safe' && locked && draft[locked.draftField] !== customer[locked.draftField]) {
    const message = `While the earlier request is unconfirmed, the ${locked.formField} stays ${customer[locked.draftField]}: sending it again cannot open a second account.`;
    return keep({ ok: false, fieldErrors: { [locked.formField]: [message] }, customerId: customer.id });
  }
  const duplicate = await findDuplicateCustomer(db, customer.connection, draft, customer.id);
  if (duplicate) return keep({ ok: false, fieldErrors: duplicate, customerId: customer.id });

  try {
    await db.$transaction(async (tx) => {
      await tx.customer.update({ where: { id: customer.id }, data: draft });
      await recordAuditEvent(tx, actorOf(scope, context.ip), {
        action: 'onboarding.provision.retry',
        entityType: 'Customer',
        entityId: customer.id,
        after: { after: previous?.kind ?? 'nothing', checkedProvider: search?.kind ?? null, name: draft.name, email: draft.email },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return keep({ ok: false, fieldErrors: { [locked?.formField ?? 'email']: ['Another customer on this connection already has this account.'] }, customerId: customer.id });
    }
    throw error;
  }
  return { kind: 'send', form: parsed.data, search };
}

async function restoreFailure(db: ScopedDb, customerId: string, failure: OnboardingFailure | null): Promise<void> {
  await db.customerOnboarding.update({ where: { customerId }, data: { lastError: failure ? encodeFailure(failure.kind, failure.message) : null } });
}
