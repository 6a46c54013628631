import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { ProviderError } from '../providers/errors.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { customerProviderAccess, INTERACTIVE_WALLET_HTTP, walletCustomerSelect, type HttpOverrides } from './customer-provider-account.ts';
import { minorUnitsOf } from './funding-amount.ts';

export type CreditLimitResult =
  | { ok: true; recordedIn: 'PROVIDER' | 'PORTAL'; note: string | null }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

const creditLimitSchema = z.object({
  customerId: z.string().trim().min(1, 'Choose a customer.'),
  creditLimit: z.string().trim().regex(/^\d+(\.\d+)?$/, 'Enter the credit limit as a number of zero or more, e.g. 500.00.'),
});

/**
 * Sets how far a postpaid customer may go below zero (partner admins only). Where the
 * provider's API takes credit limits it is set there first; elsewhere the portal keeps the
 * limit as its own record and says so.
 */
export async function setCustomerCreditLimit(
  scope: PartnerScope,
  input: { customerId: string; creditLimit: string },
  context: { ip: string | null },
  deps: { http?: HttpOverrides } = {},
): Promise<CreditLimitResult> {
  assertPartnerAdmin(scope, 'change credit limits');
  const parsed = creditLimitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const db = scopedDb(scope);
  const customer = await db.customer.findUnique({ where: { id: parsed.data.customerId }, select: { ...walletCustomerSelect, creditLimit: true } });
  if (!customer) return { ok: false, fieldErrors: { customerId: ['This customer does not exist.'] } };
  if (customer.billingModel !== 'POSTPAID') return { ok: false, fieldErrors: {}, formError: `${customer.name} is prepaid; credit limits apply to postpaid customers.` };
  const minorUnits = minorUnitsOf(customer.currency);
  if ((parsed.data.creditLimit.split('.')[1]?.length ?? 0) > minorUnits) {
    return { ok: false, fieldErrors: { creditLimit: [`${customer.currency} amounts have at most ${minorUnits} decimals.`] } };
  }
  const creditLimit = new Prisma.Decimal(parsed.data.creditLimit);

  const access = await customerProviderAccess(customer, deps.http ?? INTERACTIVE_WALLET_HTTP);
  const capability = access?.adapter.capabilities['wallet.creditLimit'] ?? { supported: false as const, reason: `${customer.name} has no account at the provider yet.` };
  if (access && capability.supported) {
    try {
      await access.adapter.setCreditLimit(access.ref, { amount: creditLimit.toFixed(), currency: customer.currency });
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      return { ok: false, fieldErrors: {}, formError: `The provider did not accept the credit limit: ${error.message}` };
    }
  }
  const recordedIn = capability.supported ? 'PROVIDER' : 'PORTAL';
  await db.$transaction(async (tx) => {
    await tx.customer.update({ where: { id: customer.id }, data: { creditLimit } });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
      {
        action: 'customer.credit_limit.update',
        entityType: 'Customer',
        entityId: customer.id,
        before: { creditLimit: customer.creditLimit.toFixed(), currency: customer.currency },
        after: { creditLimit: creditLimit.toFixed(), currency: customer.currency, recordedIn },
      },
    );
  });
  return { ok: true, recordedIn, note: capability.supported ? null : `Recorded in the portal only: ${capability.reason}` };
}
