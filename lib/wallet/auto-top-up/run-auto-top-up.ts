import { systemPartnerScope } from '../../auth/system-partner-scope.ts';
import { getCustomerProviderBalance } from '../../customers/get-customer-provider-balance.ts';
import { Prisma } from '../../db/client.ts';
import { notify } from '../../notifications/notify.ts';
import { formatMoney } from '../../money/format-money.ts';
import { scopedDb } from '../../tenancy/scoped-db.ts';
import { fundCustomerWallet, type FundingDeps } from '../fund-customer-wallet.ts';
import { amountInMinorUnits } from '../funding-amount.ts';
import { todaysAutoTopUps } from './todays-auto-top-ups.ts';

export type AutoTopUpOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'not-needed'; balance: string }
  | { kind: 'capped'; committedToday: string }
  | { kind: 'funded'; fundingId: string; status: string }
  | { kind: 'failed'; reason: string };

/**
 * Tops one customer's prepaid wallet up when its live balance is below the rule's trigger,
 * through the same idempotent funding path staff use. Three guards keep it from overspending:
 * the daily cap counts pending and settled top-ups; no new top-up while one is pending; and
 * the balance must have been read after the last top-up settled. The idempotency key numbers
 * the day's attempts, so two runners racing on one customer produce one transfer.
 */
export async function runAutoTopUp(partnerId: string, customerId: string, deps: FundingDeps = {}): Promise<AutoTopUpOutcome> {
  const scope = systemPartnerScope(partnerId, 'auto-top-up');
  const db = scopedDb(scope);
  const [rule, partner] = await Promise.all([
    db.autoTopUpRule.findUnique({ where: { customerId } }),
    db.partner.findUnique({ where: { id: partnerId }, select: { status: true, timeZone: true } }),
  ]);
  if (!rule?.enabled) return { kind: 'skipped', reason: 'No enabled rule.' };
  if (partner?.status !== 'ACTIVE') return { kind: 'skipped', reason: 'The partner is suspended.' };

  const today = await todaysAutoTopUps(db, partnerId, customerId, partner.timeZone);
  if (today.pending) return record(db, rule.id, { kind: 'skipped', reason: 'An earlier top-up is still pending.' });

  const balance = await getCustomerProviderBalance(scope, customerId);
  if (!balance || balance.kind !== 'data' || !balance.data || balance.error) {
    return record(db, rule.id, { kind: 'skipped', reason: 'The balance could not be read from the provider.' });
  }
  if (today.lastSettledAt && balance.fetchedAt && balance.fetchedAt <= today.lastSettledAt) {
    return record(db, rule.id, { kind: 'skipped', reason: 'Waiting for a balance read after the last top-up.' });
  }
  const current = new Prisma.Decimal(balance.data.balance.amount);
  if (current.greaterThanOrEqualTo(rule.triggerBalance)) return record(db, rule.id, { kind: 'not-needed', balance: current.toFixed() });

  if (today.committed.plus(rule.amount).greaterThan(rule.dailyCap)) {
    const outcome = record(db, rule.id, { kind: 'capped', committedToday: today.committed.toFixed() });
    await notify(db, {
      partnerId,
      customerId: null,
      kind: 'auto-top-up.capped',
      dedupeKey: `auto-top-up-capped:${customerId}:${today.day}`,
      title: 'Auto top-up reached its daily cap',
      body: `No further automatic top-ups today: ${formatMoney(today.committed, rule.currency)} of ${formatMoney(rule.dailyCap, rule.currency)} used.`,
      link: `/partner/customers/${customerId}`,
    });
    return outcome;
  }

  const result = await fundCustomerWallet(
    scope,
    {
      customerId,
      amount: amountInMinorUnits(rule.amount, rule.currency),
      idempotencyKey: `auto-top-up:${customerId}:${today.day}:${today.attempts + 1}`,
      description: 'Automatic top-up',
    },
    { ip: null },
    { ...deps, origin: 'AUTO_TOP_UP' },
  );
  if (!result.ok) {
    const reason = result.formError ?? Object.values(result.fieldErrors).flat().join(' ');
    return record(db, rule.id, { kind: 'failed', reason });
  }
  const { funding } = result;
  await notify(db, {
    partnerId,
    customerId,
    kind: 'auto-top-up.sent',
    dedupeKey: `auto-top-up:${funding.id}`,
    title: 'Wallet topped up automatically',
    body: `${formatMoney(funding.amount, funding.currency)} was added because the balance fell below ${formatMoney(rule.triggerBalance, rule.currency)}.`,
    link: null,
  });
  return record(db, rule.id, funding.status === 'FAILED' ? { kind: 'failed', reason: funding.lastError ?? 'The provider refused the transfer.' } : { kind: 'funded', fundingId: funding.id, status: funding.status });
}

async function record<T extends AutoTopUpOutcome>(db: ReturnType<typeof scopedDb>, ruleId: string, outcome: T): Promise<T> {
  const lastError = outcome.kind === 'failed' || outcome.kind === 'skipped' ? outcome.reason : outcome.kind === 'capped' ? 'Daily cap reached.' : null;
  await db.autoTopUpRule.update({ where: { id: ruleId }, data: { lastRunAt: new Date(), lastError } });
  return outcome;
}
