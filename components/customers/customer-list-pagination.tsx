import { PaginationBar } from '@/components/ui/pagination';
import type { CustomerListQuery } from '@/lib/customers/customer-list-query';
import type { CustomerPage } from '@/lib/customers/list-customers-for-partner';
import { customerListHref } from './customer-list-href';

/**
 * Previous and Next carry a keyset cursor (lib/customers/customer-list-cursor.ts), so
 * paging deep into 100,000 customers stays as fast as the first page.
 */
export function CustomerListPagination({ page, query }: { page: CustomerPage; query: CustomerListQuery }) {
  const first = page.items.length === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  return (
    <PaginationBar
      first={first}
      last={first === 0 ? 0 : first + page.items.length - 1}
      total={page.total}
      firstHref={customerListHref(query)}
      previousHref={page.previousCursor ? customerListHref(query, { page: page.page - 1, cursor: page.previousCursor }) : undefined}
      nextHref={page.nextCursor ? customerListHref(query, { page: page.page + 1, cursor: page.nextCursor }) : undefined}
    />
  );
}
