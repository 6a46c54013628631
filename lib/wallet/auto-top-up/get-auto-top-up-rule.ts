import type { PartnerScope } from '../../auth/require-partner-admin.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';
import { todaysAutoTopUps } from './todays-auto-top-ups.ts';

export type AutoTopUpView = {
  customerId: string;
  currency: string;
  billingModel: 'PREPAID' | 'POSTPAID';
  rule: { enabled: boolean; triggerBalance: string; amount: string; dailyCap: string; lastRunAt: Date | null; lastError: string | null } | null;
  /** Pending and settled automatic top-ups since the partner's midnight. */
  committedToday: string;
};

export async function getAutoTopUpRule(scope: PartnerScope, customerId: string): Promise<AutoTopUpView | null> {
  const db = scopedDb(scope);
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { id: true, currency: true, billingModel: true } });
  if (!customer) return null;
  const [rule, partner] = await Promise.all([
    db.autoTopUpRule.findUnique({ where: { customerId } }),
    db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true } }),
  ]);
  const today = await todaysAutoTopUps(db, scope.partnerId, customerId, partner.timeZone);
  return {
    customerId,
    currency: customer.currency,
    billingModel: customer.billingModel,
    rule: rule
      ? { enabled: rule.enabled, triggerBalance: rule.triggerBalance.toFixed(), amount: rule.amount.toFixed(), dailyCap: rule.dailyCap.toFixed(), lastRunAt: rule.lastRunAt, lastError: rule.lastError }
      : null,
    committedToday: today.committed.toFixed(),
  };
}
