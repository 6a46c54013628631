import type { UsagePeriodPreset } from '@/lib/usage/charts/usage-period';

export const PRESET_LABEL: Record<UsagePeriodPreset, string> = {
  'this-month': 'This month',
  'last-month': 'Last month',
  'last-7-days': 'Last 7 days',
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  custom: 'Custom range',
};
