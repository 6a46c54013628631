import { z } from 'zod';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../../auth/require-partner-admin.ts';
import { Prisma } from '../../db/client.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';
import type { FieldErrors } from '../../validation/field-errors.ts';
import { fundingAmountProblems, minorUnitsOf } from '../funding-amount.ts';
import { autoTopUpRuleSchema, type AutoTopUpRuleInput } from './auto-top-up-rule-schema.ts';

export type SaveAutoTopUpResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; formError?: string };

/**
 * Creates or changes a customer's auto top-up rule (partner admins only: it is a standing
 * instruction to move the partner's money). Each top-up must be a valid transfer on its own.
 */
export async function saveAutoTopUpRule(scope: PartnerScope, input: AutoTopUpRuleInput, context: { ip: string | null }): Promise<SaveAutoTopUpResult> {
  assertPartnerAdmin(scope, 'set up automatic top-ups');
  const parsed = autoTopUpRuleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const rule = parsed.data;
  const db = scopedDb(scope);
  const customer = await db.customer.findUnique({ where: { id: rule.customerId }, select: { id: true, name: true, currency: true, billingModel: true } });
  if (!customer) return { ok: false, fieldErrors: { customerId: ['This customer does not exist.'] } };
  if (customer.billingModel !== 'PREPAID') return { ok: false, fieldErrors: {}, formError: `${customer.name} is postpaid; automatic top-ups are for prepaid wallets.` };

  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { maxTransferAmount: true } });
  const fieldErrors: FieldErrors = {};
  const amountProblems = fundingAmountProblems(rule.amount, customer.currency, partner.maxTransferAmount);
  if (amountProblems.length > 0) fieldErrors.amount = amountProblems;
  for (const field of ['triggerBalance', 'dailyCap'] as const) {
    if ((rule[field].split('.')[1]?.length ?? 0) > minorUnitsOf(customer.currency)) fieldErrors[field] = [`${customer.currency} amounts have at most ${minorUnitsOf(customer.currency)} decimals.`];
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const values = {
    enabled: rule.enabled === 'on',
    triggerBalance: new Prisma.Decimal(rule.triggerBalance),
    amount: new Prisma.Decimal(rule.amount),
    dailyCap: new Prisma.Decimal(rule.dailyCap),
    currency: customer.currency,
    updatedById: scope.userId,
  };
  await db.$transaction(async (tx) => {
    const before = await tx.autoTopUpRule.findUnique({ where: { customerId: customer.id } });
    await tx.autoTopUpRule.upsert({ where: { customerId: customer.id }, create: { ...values, customerId: customer.id, partnerId: scope.partnerId }, update: { ...values, lastError: null } });
    await recordAuditEvent(tx, { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip }, {
      action: 'wallet.auto_top_up.save',
      entityType: 'Customer',
      entityId: customer.id,
      before: before ? summary(before) : null,
      after: summary(values),
    });
  });
  return { ok: true };
}

function summary(rule: { enabled: boolean; triggerBalance: Prisma.Decimal; amount: Prisma.Decimal; dailyCap: Prisma.Decimal; currency: string }) {
  return { enabled: rule.enabled, triggerBalance: rule.triggerBalance.toFixed(), amount: rule.amount.toFixed(), dailyCap: rule.dailyCap.toFixed(), currency: rule.currency };
}
