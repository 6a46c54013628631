import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import { linkCliqtelAccount } from './link-provider-account.ts';
import { encodeFailure } from './onboarding-failure.ts';
import { onboardingPlanFor, type CreatePlan, type CustomerDraft } from './onboarding-plans.ts';
import { actorOf, type OnboardingOutcome } from './onboarding-records.ts';
import { connectionChoiceSchema } from './onboarding-schemas.ts';
import { sendCreateAccount } from './send-create-account.ts';

type Context = { ip: string | null };

export const onboardingConnectionSelect = { id: true, kind: true, label: true, baseUrl: true, secretsEnc: true } as const;

/**
 * The wizard's first step. Validates the provider's required fields the provider's way,
 * then records the customer (PENDING) and its onboarding BEFORE calling the provider, so
 * a failure at any later point leaves a customer to resume, never a second account.
 */
export async function startOnboarding(scope: PartnerScope, input: unknown, context: Context): Promise<OnboardingOutcome> {
  const choice = connectionChoiceSchema.safeParse(input);
  if (!choice.success) return { ok: false, fieldErrors: z.flattenError(choice.error).fieldErrors };
  const db = scopedDb(scope);
  const connection = await db.providerConnection.findUnique({ where: { id: choice.data.connectionId }, select: onboardingConnectionSelect });
  if (!connection) return { ok: false, fieldErrors: { connectionId: ['Choose one of your connections.'] } };

  const plan = onboardingPlanFor(connection.kind);
  if (plan.mode === 'link') return linkCliqtelAccount(scope, connection, input, context);
  return startCreating(scope, db, connection, plan as CreatePlan<unknown>, input, context);
}

async function startCreating(
  scope: PartnerScope,
  db: ScopedDb,
  connection: Prisma.ProviderConnectionGetPayload<{ select: typeof onboardingConnectionSelect }>,
  plan: CreatePlan<unknown>,
  input: unknown,
  context: Context,
): Promise<OnboardingOutcome> {
  const parsed = plan.schema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const form = parsed.data;

  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { currency: true } });
  const draft = plan.draft(form, partner.currency);
  const duplicate = await findDuplicateCustomer(db, connection, draft, null);
  if (duplicate) return { ok: false, fieldErrors: duplicate };

  let customerId: string;
  try {
    customerId = await db.$transaction(async (tx) => {
      const customer = await tx.customer.create({
        data: { partnerId: scope.partnerId, connectionId: connection.id, status: 'PENDING', ...draft },
        select: { id: true },
      });
      // Created holding the "sending" lease: the create call below is this request's to make.
      await tx.customerOnboarding.create({
        data: { partnerId: scope.partnerId, customerId: customer.id, step: 'PROVISION', lastError: encodeFailure('sending', 'Creating the account at the provider…') },
      });
      await recordAuditEvent(tx, actorOf(scope, context.ip), {
        action: 'onboarding.start',
        entityType: 'Customer',
        entityId: customer.id,
        after: { connectionId: connection.id, providerKind: connection.kind, name: draft.name, email: draft.email },
      });
      return customer.id;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, fieldErrors: identifierTaken(plan) };
    throw error;
  }
  return sendCreateAccount(scope, { customerId, connection }, plan, form, context);
}

/**
 * The portal's own customers first: an email already used on this provider (Vobiz and the
 * billing platform refuse duplicates) or an account id another customer holds.
 */
export async function findDuplicateCustomer(
  db: ScopedDb,
  connection: Prisma.ProviderConnectionGetPayload<{ select: { id: true; kind: true } }>,
  draft: CustomerDraft,
  exceptCustomerId: string | null,
): Promise<Record<string, string[]> | null> {
  const notThis = exceptCustomerId ? { NOT: { id: exceptCustomerId } } : {};
  const sameEmail = await db.customer.findFirst({
    where: { ...notThis, email: { equals: draft.email, mode: 'insensitive' }, connection: { kind: connection.kind } },
    select: { name: true },
  });
  if (sameEmail) return { email: [`${sameEmail.name} already uses this email address.`] };
  if (draft.providerAccountId) {
    const sameAccount = await db.customer.findFirst({ where: { ...notThis, providerAccountId: draft.providerAccountId, connectionId: connection.id }, select: { name: true } });
    if (sameAccount) return { username: [`${sameAccount.name} already has this username.`] };
  }
  return null;
}

function identifierTaken(plan: CreatePlan<unknown>): Record<string, string[]> {
  const field = plan.lockedWhileUnconfirmed?.formField ?? 'email';
  return { [field]: ['Another customer on this connection already has this account.'] };
}
