import { customerListParams, type CustomerListQuery } from '@/lib/customers/customer-list-query';

export const CUSTOMERS_PATH = '/partner/customers';

/** A link to the list with the given state; page and cursor only when not the first page. */
export function customerListHref(query: CustomerListQuery, position: { page?: number; cursor?: string | null } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(customerListParams(query))) if (value) params.set(key, value);
  if (position.page && position.page > 1) {
    params.set('page', String(position.page));
    if (position.cursor) params.set('cursor', position.cursor);
  }
  const search = params.toString();
  return search ? `${CUSTOMERS_PATH}?${search}` : CUSTOMERS_PATH;
}
