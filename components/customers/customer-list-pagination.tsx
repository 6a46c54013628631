import Link from 'next/link';
import { ChevronLeft, ChevronRight, ChevronsLeft } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import type { CustomerListQuery } from '@/lib/customers/customer-list-query';
import type { CustomerPage } from '@/lib/customers/list-customers-for-partner';
import { cn } from '@/lib/ui/cn';
import { customerListHref } from './customer-list-href';

const number = new Intl.NumberFormat('en-US');

/**
 * Previous and Next carry a keyset cursor (lib/customers/customer-list-cursor.ts), so
 * paging deep into 100,000 customers stays as fast as the first page.
 */
export function CustomerListPagination({ page, query }: { page: CustomerPage; query: CustomerListQuery }) {
  const first = page.items.length === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const last = first === 0 ? 0 : first + page.items.length - 1;
  const linkClass = buttonVariants({ variant: 'secondary', size: 'sm' });
  const disabledClass = cn(linkClass, 'pointer-events-none opacity-50');
  const previousPage = page.page - 1;

  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">
          {number.format(first)}–{number.format(last)}
        </span>{' '}
        of <span className="font-medium text-foreground tabular-nums">{number.format(page.total)}</span>
      </p>
      {page.previousCursor || page.nextCursor ? (
        <div className="flex items-center gap-2">
          {page.previousCursor ? (
            <>
              <Link href={customerListHref(query)} className={linkClass}>
                <ChevronsLeft aria-hidden="true" />
                First
              </Link>
              <Link href={customerListHref(query, { page: previousPage, cursor: page.previousCursor })} className={linkClass} rel="prev">
                <ChevronLeft aria-hidden="true" />
                Previous
              </Link>
            </>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              <ChevronLeft aria-hidden="true" />
              Previous
            </span>
          )}
          {page.nextCursor ? (
            <Link href={customerListHref(query, { page: page.page + 1, cursor: page.nextCursor })} className={linkClass} rel="next">
              Next
              <ChevronRight aria-hidden="true" />
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              Next
              <ChevronRight aria-hidden="true" />
            </span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
