import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { adapterForConnection, type ConnectionRow } from '../connections/adapter-for-connection.ts';
import { Prisma } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { ProviderError } from '../providers/errors.ts';
import type { ProviderAccount, ProviderAdapter } from '../providers/types.ts';
import { encryptSecret } from '../secrets/encrypt-secret.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { encodeFailure, type OnboardingFailureKind } from './onboarding-failure.ts';
import { classifyCreateFailure, OUTCOME_UNKNOWN_MESSAGE } from './classify-create-failure.ts';
import type { CreatePlan } from './onboarding-plans.ts';
import { actorOf, customerStatusFor, stepAfterProvisioning, type OnboardingOutcome } from './onboarding-records.ts';

/** The onboarding being provisioned; the caller holds its "sending" lease. */
export type ProvisionTarget = { customerId: string; connection: ConnectionRow };

type Context = { ip: string | null };

/**
 * Sends the create call once and records what came of it. Only a refusal or an unsent
 * request may be retried as is; any doubt is stored as "unknown", which makes the next
 * attempt look for the account before sending anything (retry-provisioning.ts).
 */
export async function sendCreateAccount<Form>(
  scope: PartnerScope,
  target: ProvisionTarget,
  plan: CreatePlan<Form>,
  form: Form,
  context: Context,
): Promise<OnboardingOutcome> {
  let adapter: ProviderAdapter;
  try {
    adapter = await adapterForConnection(target.connection);
  } catch (error) {
    logger.warn({ connectionId: target.connection.id, error: error instanceof Error ? error.name : 'unknown' }, 'onboarding: connection unusable');
    const message = 'The connection’s credentials cannot be read; a partner admin must enter them again.';
    await recordProvisionFailure(scope, target.customerId, 'unavailable', message, context);
    return { ok: false, fieldErrors: {}, formError: message, customerId: target.customerId };
  }

  try {
    const created = await adapter.createAccount(plan.createInput(form));
    return await completeProvisioning(scope, target, { account: created.account, authToken: created.authToken, generatedPassword: created.generatedPassword, how: 'created' }, context);
  } catch (error) {
    if (!(error instanceof ProviderError)) {
      // Whatever broke, the request may have reached the provider: never resend blindly.
      await recordProvisionFailure(scope, target.customerId, 'unknown', OUTCOME_UNKNOWN_MESSAGE, context).catch(() => undefined);
      throw error;
    }
    const failure = classifyCreateFailure(error, plan);
    await recordProvisionFailure(scope, target.customerId, failure.kind, failure.message, context);
    return { ok: false, fieldErrors: failure.fieldErrors, formError: failure.message, customerId: target.customerId };
  }
}

export async function recordProvisionFailure(scope: PartnerScope, customerId: string, kind: OnboardingFailureKind, message: string, context: Context): Promise<void> {
  await scopedDb(scope).$transaction(async (tx) => {
    await tx.customerOnboarding.update({ where: { customerId }, data: { lastError: encodeFailure(kind, message) } });
    await recordAuditEvent(tx, actorOf(scope, context.ip), {
      action: `onboarding.provision.${kind === 'unknown' ? 'unconfirmed' : 'failed'}`,
      entityType: 'Customer',
      entityId: customerId,
      after: { failure: kind, message },
    });
  });
}

type ProvisionedAccount = {
  account: ProviderAccount;
  authToken: string | null;
  generatedPassword: string | null;
  how: 'created' | 'found after an unconfirmed request' | 'linked with its key';
};

/**
 * Stores the provider's account id and the encrypted token in one transaction and moves
 * the onboarding on. The token is encrypted before the transaction opens (lib/secrets).
 */
export async function completeProvisioning(scope: PartnerScope, target: ProvisionTarget, provisioned: ProvisionedAccount, context: Context): Promise<OnboardingOutcome> {
  const { account, authToken } = provisioned;
  const authTokenEnc = authToken ? await encryptSecret(authToken) : null;
  const step = stepAfterProvisioning(target.connection.kind);
  try {
    await scopedDb(scope).$transaction(async (tx) => {
      await tx.customer.update({
        where: { id: target.customerId },
        data: {
          providerAccountId: account.providerAccountId,
          status: customerStatusFor(account),
          ...(account.balance ? { currency: account.balance.currency } : {}),
          ...(authTokenEnc ? { authTokenEnc } : {}),
        },
      });
      await tx.customerOnboarding.update({ where: { customerId: target.customerId }, data: { step, lastError: null } });
      await recordAuditEvent(tx, actorOf(scope, context.ip), {
        action: 'onboarding.provision',
        entityType: 'Customer',
        entityId: target.customerId,
        after: { providerAccountId: account.providerAccountId, how: provisioned.how, tokenStoredEncrypted: authTokenEnc !== null, nextStep: step },
      });
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    const message = `Provider account ${account.providerAccountId} already belongs to another customer in the portal.`;
    await recordProvisionFailure(scope, target.customerId, 'refused', message, context);
    return { ok: false, fieldErrors: {}, formError: message, customerId: target.customerId };
  }
  return {
    ok: true,
    customerId: target.customerId,
    secret: { providerAccountId: account.providerAccountId, authToken, generatedPassword: provisioned.generatedPassword },
    notice: noticeFor(provisioned),
  };
}

function noticeFor({ how, authToken }: ProvisionedAccount): string | undefined {
  if (how === 'found after an unconfirmed request') {
    return 'The earlier request had created the account. Its auth token was only in the lost answer, so none is stored; the provider’s console shows it.';
  }
  if (how === 'created' && authToken === null) return 'The provider returned no auth token for this account, so none is stored.';
  return undefined;
}
