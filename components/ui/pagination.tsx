import Link from 'next/link';
import { ChevronLeft, ChevronRight, ChevronsLeft } from 'lucide-react';
import { buttonVariants } from './button';
import { cn } from '@/lib/ui/cn';

const number = new Intl.NumberFormat('en-US');

type PaginationBarProps = {
  first: number;
  last: number;
  total: number;
  /** Absent when there is no such page; the control is then shown disabled. */
  previousHref?: string;
  nextHref?: string;
  /** A "First" link, for paging schemes that cannot jump (e.g. cursors). */
  firstHref?: string;
  className?: string;
};

/** The range shown and the Previous / Next controls; callers decide how page links are built. */
export function PaginationBar({ first, last, total, previousHref, nextHref, firstHref, className }: PaginationBarProps) {
  const linkClass = buttonVariants({ variant: 'secondary', size: 'sm' });
  const disabledClass = cn(linkClass, 'pointer-events-none opacity-50');

  return (
    <nav aria-label="Pagination" className={cn('flex flex-wrap items-center justify-between gap-3 text-sm', className)}>
      <p className="text-muted-foreground">
        {total === 0 ? (
          'No results'
        ) : (
          <>
            <span className="font-medium text-foreground tabular-nums">
              {number.format(first)}–{number.format(last)}
            </span>{' '}
            of <span className="font-medium text-foreground tabular-nums">{number.format(total)}</span>
          </>
        )}
      </p>
      {previousHref || nextHref ? (
        <div className="flex items-center gap-2">
          {firstHref && previousHref ? (
            <Link href={firstHref} className={linkClass}>
              <ChevronsLeft aria-hidden="true" />
              First
            </Link>
          ) : null}
          {previousHref ? (
            <Link href={previousHref} className={linkClass} rel="prev">
              <ChevronLeft aria-hidden="true" />
              Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              <ChevronLeft aria-hidden="true" />
              Previous
            </span>
          )}
          {nextHref ? (
            <Link href={nextHref} className={linkClass} rel="next">
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

type PaginationProps = {
  /** Path the page links point at, e.g. "/partner/numbers". */
  basePath: string;
  page: number;
  pageSize: number;
  total: number;
  /** Other query parameters to keep across pages (such as the search term). */
  query?: Record<string, string | undefined>;
  className?: string;
};

function pageHref(basePath: string, page: number, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** Numbered pages (`?page=N`). */
export function Pagination({ basePath, page, pageSize, total, query = {}, className }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <PaginationBar
      first={total === 0 ? 0 : (page - 1) * pageSize + 1}
      last={Math.min(total, page * pageSize)}
      total={total}
      previousHref={page > 1 ? pageHref(basePath, page - 1, query) : undefined}
      nextHref={page < pageCount ? pageHref(basePath, page + 1, query) : undefined}
      className={className}
    />
  );
}
