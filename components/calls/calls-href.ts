import { callFilterParams, type CallFilters } from '@/lib/usage/calls/call-filters';

export const PARTNER_CALLS_PATH = '/partner/calls';
export const CUSTOMER_CALLS_PATH = '/customer/calls';

/** A link to the browser at `basePath` in this state, defaults left out (call-filters.ts). */
export function callsHref(basePath: string, filters: CallFilters): string {
  const search = new URLSearchParams(callFilterParams(filters)).toString();
  return search ? `${basePath}?${search}` : basePath;
}
