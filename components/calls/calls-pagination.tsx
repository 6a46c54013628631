import Link from 'next/link';
import { ChevronLeft, ChevronRight, ChevronsLeft } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import type { CallFilters } from '@/lib/usage/calls/call-filters';
import type { CallPage } from '@/lib/usage/calls/list-calls';
import { cn } from '@/lib/ui/cn';
import { callsHref } from './calls-href';

const number = new Intl.NumberFormat('en-US');

/**
 * Previous and Next carry a keyset cursor (lib/usage/calls/call-cursor.ts), so a page deep
 * in a million calls loads as fast as the first. The count of the whole set is in the totals.
 */
export function CallsPagination({ page, filters, basePath }: { page: CallPage; filters: CallFilters; basePath: string }) {
  const linkClass = buttonVariants({ variant: 'secondary', size: 'sm' });
  const disabledClass = cn(linkClass, 'pointer-events-none opacity-50');
  const at = (cursor: string | null) => (cursor ? callsHref(basePath, { ...filters, cursor }) : undefined);
  const previous = at(page.previousCursor);
  const next = at(page.nextCursor);
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{number.format(page.items.length)}</span> calls on this page
      </p>
      <div className="flex items-center gap-2">
        {previous ? (
          <Link href={callsHref(basePath, { ...filters, cursor: undefined })} className={linkClass}>
            <ChevronsLeft aria-hidden="true" />
            First
          </Link>
        ) : null}
        {previous ? (
          <Link href={previous} className={linkClass} rel="prev">
            <ChevronLeft aria-hidden="true" />
            Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            <ChevronLeft aria-hidden="true" />
            Previous
          </span>
        )}
        {next ? (
          <Link href={next} className={linkClass} rel="next">
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
    </nav>
  );
}
