import { systemPartnerScope } from '../auth/system-partner-scope.ts';
import { isLowBalance } from '../customers/low-balance.ts';
import { formatMoney } from '../money/format-money.ts';
import { notify } from '../notifications/notify.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

/** The partner's calendar day (YYYY-MM-DD): one notice per customer per day. */
function dayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Notifies a partner's staff, and the customer's own users, of every active customer whose
 * last known balance is low (the rule of lib/customers/low-balance.ts). Runs again safely:
 * each notice is keyed by customer and day.
 */
export async function checkLowBalances(partnerId: string, now: Date = new Date()): Promise<{ lowCustomers: number }> {
  const db = scopedDb(systemPartnerScope(partnerId, 'low-balance-alerts'));
  const partner = await db.partner.findUnique({ where: { id: partnerId }, select: { status: true, timeZone: true } });
  if (partner?.status !== 'ACTIVE') return { lowCustomers: 0 };
  const day = dayIn(partner.timeZone, now);
  const customers = await db.customer.findMany({
    where: { status: 'ACTIVE' },
    select: { id: true, name: true, balance: true, lowBalanceThreshold: true, billingModel: true, creditLimit: true, status: true, currency: true },
  });
  const low = customers.filter((customer) =>
    isLowBalance({
      balance: customer.balance.toFixed(),
      lowBalanceThreshold: customer.lowBalanceThreshold?.toFixed() ?? null,
      billingModel: customer.billingModel,
      creditLimit: customer.creditLimit.toFixed(),
      status: customer.status,
    }),
  );
  for (const customer of low) {
    const balance = formatMoney(customer.balance, customer.currency);
    await notify(db, {
      partnerId,
      customerId: null,
      kind: 'low-balance',
      dedupeKey: `low-balance:staff:${customer.id}:${day}`,
      title: `${customer.name} is low on funds`,
      body: `Balance ${balance}. Top the wallet up or set an automatic top-up.`,
      link: `/partner/customers/${customer.id}`,
    });
    await notify(db, {
      partnerId,
      customerId: customer.id,
      kind: 'low-balance',
      dedupeKey: `low-balance:customer:${customer.id}:${day}`,
      title: 'Your balance is low',
      body: `Your balance is ${balance}. Calls may stop when it runs out; contact your provider to top up.`,
      link: '/customer',
    });
  }
  return { lowCustomers: low.length };
}
