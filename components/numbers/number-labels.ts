/** Words for number types and a native select styled like the inputs, shared by the number screens. */

export const NUMBER_TYPE_OPTIONS = [
  { value: '', label: 'Any type' },
  { value: 'local', label: 'Local' },
  { value: 'mobile', label: 'Mobile' },
  { value: 'toll_free', label: 'Toll-free' },
  { value: 'national', label: 'National' },
] as const;

export function numberTypeLabel(type: string | null): string {
  return NUMBER_TYPE_OPTIONS.find((option) => option.value === type)?.label ?? type ?? '—';
}

export const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-card px-3 text-sm text-foreground shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none aria-invalid:border-danger';
