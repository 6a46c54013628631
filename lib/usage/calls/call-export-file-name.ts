import type { CallExportFormat } from './export-calls.ts';
import type { CallFilters } from './call-filters.ts';

/** "calls-2026-03-01-to-2026-03-31.csv": the period in the name, nothing but safe characters. */
export function callExportFileName(filters: CallFilters, format: CallExportFormat): string {
  const parts = ['calls', filters.from, filters.to ? `to-${filters.to}` : undefined].filter(Boolean);
  return `${parts.join('-').replace(/[^\w.-]/g, '')}.${format}`;
}
