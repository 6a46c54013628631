import Link from 'next/link';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { buttonVariants } from './button';
import { cn } from '@/lib/ui/cn';

type PaginationProps = {
  /** Path the page links point at, e.g. "/partner/customers". */
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

export function Pagination({ basePath, page, pageSize, total, query = {}, className }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const hasPrevious = page > 1;
  const hasNext = page < pageCount;
  const linkClass = buttonVariants({ variant: 'secondary', size: 'sm' });
  const disabledClass = cn(linkClass, 'pointer-events-none opacity-50');

  return (
    <nav aria-label="Pagination" className={cn('flex items-center justify-between gap-4 text-sm', className)}>
      <p className="text-muted-foreground">
        {total === 0 ? (
          'No results'
        ) : (
          <>
            <span className="font-medium text-foreground tabular-nums">
              {first}–{last}
            </span>{' '}
            of <span className="font-medium text-foreground tabular-nums">{total}</span>
          </>
        )}
      </p>
      {pageCount > 1 ? (
        <div className="flex items-center gap-2">
          {hasPrevious ? (
            <Link href={pageHref(basePath, page - 1, query)} className={linkClass} rel="prev">
              <ChevronLeft aria-hidden="true" />
              Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              <ChevronLeft aria-hidden="true" />
              Previous
            </span>
          )}
          {hasNext ? (
            <Link href={pageHref(basePath, page + 1, query)} className={linkClass} rel="next">
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
