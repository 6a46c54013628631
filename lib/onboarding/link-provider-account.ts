import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { adapterForConnection, type ConnectionRow } from '../connections/adapter-for-connection.ts';
import { Prisma } from '../db/client.ts';
import { ProviderAuthFailed, ProviderError, ProviderValidationFailed } from '../providers/errors.ts';
import type { ProviderAccount, ProviderAdapter } from '../providers/types.ts';
import { encryptSecret } from '../secrets/encrypt-secret.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { effectiveFailure } from './onboarding-failure.ts';
import { onboardingPlanFor, toFormFieldErrors } from './onboarding-plans.ts';
import { actorOf, customerStatusFor, formError, loadOnboarding, stepAfterProvisioning, type OnboardingOutcome } from './onboarding-records.ts';
import { completeProvisioning } from './send-create-account.ts';

type Context = { ip: string | null };

/**
 * Cliqtel accounts are opened in Cliqtel's own portal. The wizard links one instead: it
 * proves the customer's key by reading the account with it, then stores the key encrypted
 * together with the new customer, in one transaction.
 */
export async function linkCliqtelAccount(scope: PartnerScope, connection: ConnectionRow, input: unknown, context: Context): Promise<OnboardingOutcome> {
  const plan = onboardingPlanFor(connection.kind);
  if (plan.mode !== 'link') return formError('This provider’s accounts are created, not linked.');
  const parsed = plan.schema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { apiToken } = parsed.data;

  const adapter = await adapterForConnection(connection);
  const verified = await verifyKey(adapter, { providerAccountId: '', authToken: apiToken }, 'apiToken', plan);
  if (!verified.ok) return verified.outcome;
  const { account } = verified;

  const db = scopedDb(scope);
  const linked = await db.customer.findFirst({ where: { connectionId: connection.id, providerAccountId: account.providerAccountId }, select: { name: true } });
  if (linked) return { ok: false, fieldErrors: { apiToken: [`This Cliqtel account is already linked to ${linked.name}.`] } };
  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { currency: true } });
  const currency = account.creditLimit?.currency ?? (await adapter.getBalance({ providerAccountId: account.providerAccountId, authToken: apiToken }).then((balance) => balance.balance.currency, () => partner.currency));

  const authTokenEnc = await encryptSecret(apiToken);
  const step = stepAfterProvisioning(connection.kind);
  try {
    const customerId = await db.$transaction(async (tx) => {
      const customer = await tx.customer.create({
        data: {
          partnerId: scope.partnerId,
          connectionId: connection.id,
          name: account.name,
          email: account.email ?? '',
          phone: account.phone,
          country: account.country,
          currency,
          billingModel: account.billingModel,
          status: customerStatusFor(account),
          providerAccountId: account.providerAccountId,
          authTokenEnc,
        },
        select: { id: true },
      });
      await tx.customerOnboarding.create({ data: { partnerId: scope.partnerId, customerId: customer.id, step } });
      await recordAuditEvent(tx, actorOf(scope, context.ip), {
        action: 'onboarding.link',
        entityType: 'Customer',
        entityId: customer.id,
        after: { connectionId: connection.id, providerAccountId: account.providerAccountId, name: account.name, tokenStoredEncrypted: true, nextStep: step },
      });
      return customer.id;
    });
    return { ok: true, customerId };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, fieldErrors: { apiToken: ['This Cliqtel account is already linked to another customer.'] } };
    }
    throw error;
  }
}

export const linkWithKeySchema = z.object({ apiKey: z.string('Paste the account’s API key.').trim().min(1, 'Paste the account’s API key.') });

/**
 * After a create whose answer was lost and a repeat refused as "already exists" (the
 * VoIP username): the staff member proves the account is the customer's with its API key.
 */
export async function linkOnboardingAccount(scope: PartnerScope, customerId: string, input: unknown, context: Context): Promise<OnboardingOutcome> {
  const parsed = linkWithKeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, customerId };
  const record = await loadOnboarding(scopedDb(scope), customerId);
  if (!record) return formError('This onboarding no longer exists.');
  if (record.step !== 'PROVISION') return { ok: true, customerId };
  const { customer } = record;
  const failure = effectiveFailure(record.lastError, record.updatedAt);
  if (failure?.kind === 'sending') return formError('Another attempt is creating this account right now. Wait a moment, then reload the page.', customerId);
  if (!customer.providerAccountId) return formError('This provider’s accounts are found by the portal itself; choose “Check again”.', customerId);

  const plan = onboardingPlanFor(customer.connection.kind);
  const ref = { providerAccountId: customer.providerAccountId, authToken: parsed.data.apiKey };
  const verified = await verifyKey(await adapterForConnection(customer.connection), ref, 'apiKey', plan);
  if (!verified.ok) return { ...verified.outcome, customerId };
  return completeProvisioning(
    scope,
    { customerId, connection: customer.connection },
    { account: verified.account, authToken: parsed.data.apiKey, generatedPassword: null, how: 'linked with its key' },
    context,
  );
}

type Verification = { ok: true; account: ProviderAccount } | { ok: false; outcome: OnboardingOutcome };

async function verifyKey(
  adapter: ProviderAdapter,
  ref: { providerAccountId: string; authToken: string },
  field: string,
  plan: ReturnType<typeof onboardingPlanFor>,
): Promise<Verification> {
  try {
    return { ok: true, account: await adapter.getAccount(ref) };
  } catch (error) {
    if (error instanceof ProviderAuthFailed) return { ok: false, outcome: { ok: false, fieldErrors: { [field]: ['The provider rejected this key.'] } } };
    if (error instanceof ProviderValidationFailed) {
      const { fieldErrors, otherMessages } = toFormFieldErrors(plan, error.fieldErrors);
      const messages = [...Object.values(fieldErrors).flat(), ...otherMessages];
      return { ok: false, outcome: { ok: false, fieldErrors: { [field]: messages.length > 0 ? messages : [error.message] } } };
    }
    if (error instanceof ProviderError) return { ok: false, outcome: formError(`The key could not be checked: ${error.message}`) };
    throw error;
  }
}
