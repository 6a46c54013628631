import { formatMoney } from '../../money/format-money.ts';
import type { CallTotals, CurrencyTotals } from './get-call-totals.ts';

/**
 * What the totals route sends to the totals bar: amounts formatted on the server (the
 * browser has no Decimal) beside the exact decimal strings.
 */
export type CallTotalsResponse = Omit<CallTotals, 'byCurrency'> & {
  byCurrency: Array<CurrencyTotals & { display: { cost: string | null; sell: string; margin: string | null } }>;
};

export function toCallTotalsResponse(totals: CallTotals): CallTotalsResponse {
  return {
    ...totals,
    byCurrency: totals.byCurrency.map((entry) => ({
      ...entry,
      display: {
        cost: entry.cost === null ? null : formatMoney(entry.cost, entry.currency),
        sell: formatMoney(entry.sell, entry.currency),
        margin: entry.margin === null ? null : formatMoney(entry.margin, entry.currency),
      },
    })),
  };
}
