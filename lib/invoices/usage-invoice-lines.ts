import { Prisma } from '../db/client.ts';
import type { ScopedDb } from '../tenancy/scoped-db.ts';
import { countryName, UNKNOWN_COUNTRY } from '../usage/charts/country-name.ts';
import { minorUnitsOf } from '../wallet/funding-amount.ts';
import { formatInvoiceMonth, type InvoicePeriod } from './invoice-month.ts';

export type NewInvoiceLine = { kind: 'USAGE' | 'RECURRING'; description: string; quantity: Prisma.Decimal; unitPrice: Prisma.Decimal; amount: Prisma.Decimal };

function callsLine(description: string, currency: string, usage: { calls: number; billableSeconds: bigint; sell: Prisma.Decimal }): NewInvoiceLine {
  const minutes = new Prisma.Decimal(usage.billableSeconds.toString()).dividedBy(60).toDecimalPlaces(2);
  const amount = usage.sell.toDecimalPlaces(minorUnitsOf(currency));
  // The average rate per minute: the price list's rates differ by destination and increment.
  const unitPrice = minutes.isZero() ? new Prisma.Decimal(0) : usage.sell.dividedBy(minutes).toDecimalPlaces(6);
  const calls = `${usage.calls} ${usage.calls === 1 ? 'call' : 'calls'}`;
  return { kind: 'USAGE', description: `${description} · ${calls}`, quantity: minutes, unitPrice, amount };
}

function destinationName(country: string): string {
  if (country === UNKNOWN_COUNTRY) return 'Calls to other destinations';
  return `Calls to ${countryName(country)} (${country})`;
}

/**
 * The month's calls at the partner's sell prices, from the usage rollups (never raw CDRs):
 * one line per destination country when the customer called several, else one line.
 * Only rollups in the customer's currency count; the sync rates calls in that currency.
 */
export async function usageInvoiceLines(db: ScopedDb, customer: { id: string; currency: string }, period: InvoicePeriod): Promise<NewInvoiceLine[]> {
  const where = { customerId: customer.id, currency: customer.currency, day: { gte: period.periodStart, lte: period.periodEnd } };
  const total = await db.usageDaily.aggregate({ where, _sum: { calls: true, billableSeconds: true, sell: true } });
  const calls = total._sum.calls ?? 0;
  if (calls === 0) return [];
  const sell = total._sum.sell ?? new Prisma.Decimal(0);

  const byCountry = await db.usageDestinationDaily.groupBy({ by: ['country'], where, _sum: { calls: true, billableSeconds: true, sell: true }, orderBy: { country: 'asc' } });
  const countrySell = byCountry.reduce((sum, row) => sum.plus(row._sum.sell ?? 0), new Prisma.Decimal(0));
  // A split that does not add up (a rollup rebuild in progress) would bill a different total.
  if (byCountry.length > 1 && countrySell.equals(sell)) {
    return byCountry
      .filter((row) => (row._sum.calls ?? 0) > 0)
      .sort((a, b) => (a.country === UNKNOWN_COUNTRY ? 1 : b.country === UNKNOWN_COUNTRY ? -1 : destinationName(a.country).localeCompare(destinationName(b.country))))
      .map((row) =>
        callsLine(destinationName(row.country), customer.currency, { calls: row._sum.calls ?? 0, billableSeconds: row._sum.billableSeconds ?? BigInt(0), sell: row._sum.sell ?? new Prisma.Decimal(0) }),
      );
  }
  return [callsLine(`Calls in ${formatInvoiceMonth(period.month)}`, customer.currency, { calls, billableSeconds: total._sum.billableSeconds ?? BigInt(0), sell })];
}
