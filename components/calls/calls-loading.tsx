import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

const ROWS = 10;

/** The browser's shape while its first page loads. */
export function CallsLoading() {
  return (
    <div role="status" aria-label="Loading calls">
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <Skeleton className="h-7 w-24" />
          <Skeleton className="mt-2 h-4 w-72 max-w-full" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-9 w-28" />
          <Skeleton className="h-9 w-28" />
        </div>
      </div>
      <Card className="overflow-hidden">
        <div className="grid grid-cols-1 gap-4 border-b border-border p-3 sm:grid-cols-2 sm:p-4 lg:grid-cols-4">
          {Array.from({ length: 7 }, (_, index) => (
            <Skeleton key={index} className="h-14 w-full" />
          ))}
        </div>
        <div className="flex gap-8 border-b border-border px-4 py-3">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-10 w-20" />
          ))}
        </div>
        <div className="h-9 border-b border-border bg-muted/60" />
        <ul className="divide-y divide-border">
          {Array.from({ length: ROWS }, (_, index) => (
            <li key={index} className="flex items-center gap-4 px-4 py-3">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="hidden h-4 w-32 sm:block" />
              <Skeleton className="h-4 w-28" />
              <Skeleton className="hidden h-4 w-28 md:block" />
              <Skeleton className="h-5 w-20 rounded-full" />
              <Skeleton className="ml-auto h-4 w-14" />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
