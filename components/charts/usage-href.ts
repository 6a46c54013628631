import type { UsagePeriodSelection } from '@/lib/usage/charts/usage-period';

/** The usage page's URL for a period selection, with changes: the page's state lives in its URL. */
export function usageHref(path: string, selection: UsagePeriodSelection, changes: { customerId?: string | null } = {}): string {
  const params = new URLSearchParams();
  params.set('period', selection.preset);
  if (selection.preset === 'custom') {
    params.set('from', selection.period.from);
    params.set('to', selection.period.to);
  }
  const customerId = changes.customerId === undefined ? selection.period.customerId : changes.customerId;
  if (customerId) params.set('customer', customerId);
  return `${path}?${params.toString()}`;
}
