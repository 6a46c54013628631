import type { PartnerScope } from '../lib/auth/require-partner-admin.ts';
import { getDailyUsage } from '../lib/usage/charts/get-daily-usage.ts';
import { getMonthComparison } from '../lib/usage/charts/get-month-comparison.ts';
import { getTopCustomers } from '../lib/usage/charts/get-top-customers.ts';
import { getUsageByDestination } from '../lib/usage/charts/get-usage-by-destination.ts';
import { getUsageByDid } from '../lib/usage/charts/get-usage-by-did.ts';
import { presetPeriod } from '../lib/usage/charts/usage-period.ts';
import type { ChartFigure } from './bench-results.ts';
import type { BenchSamples } from './call-page-cases.ts';
import { measureLatency } from './latency.ts';

/**
 * Every dashboard chart query, for the partner's whole business (Partner* rollups where the
 * chart has them) and for one chosen customer, over the dashboard's default period and the
 * whole generated 90 days.
 */
export async function measureCharts(scope: PartnerScope, samples: BenchSamples, timing: { warmup: number; iterations: number }): Promise<ChartFigure[]> {
  const periods = [
    { label: 'last 30 days', ...presetPeriod('last-30-days', samples.today) },
    { label: 'last 90 days', ...presetPeriod('last-90-days', samples.today) },
  ];
  const figures: ChartFigure[] = [];
  const measure = async (chart: string, who: ChartFigure['scope'], period: string, call: () => Promise<unknown>) => {
    figures.push({ chart, scope: who, period, latency: await measureLatency(call, timing) });
  };
  for (const { label, from, to } of periods) {
    for (const customerId of [undefined, samples.customerId]) {
      const who = customerId ? 'customer' : 'partner';
      const period = { from, to, customerId };
      await measure('getDailyUsage', who, label, () => getDailyUsage(scope, period));
      await measure('getUsageByDestination', who, label, () => getUsageByDestination(scope, period));
      await measure('getUsageByDid', who, label, () => getUsageByDid(scope, period));
      if (!customerId) await measure('getTopCustomers', who, label, () => getTopCustomers(scope, period));
    }
  }
  await measure('getMonthComparison', 'partner', 'this vs last month', () => getMonthComparison(scope));
  await measure('getMonthComparison', 'customer', 'this vs last month', () => getMonthComparison(scope, { customerId: samples.customerId }));
  return figures;
}
