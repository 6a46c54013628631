import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** While an admin page loads: its header, an optional filter bar and table rows. */
export function AdminPageSkeleton({ label, filters = false, rows = 8 }: { label: string; filters?: boolean; rows?: number }) {
  return (
    <div role="status" aria-label={label}>
      <div className="mb-6">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="mt-2 h-4 w-72 max-w-full" />
      </div>
      <Card className="overflow-hidden">
        {filters ? (
          <div className="grid grid-cols-2 gap-3 border-b border-border p-3 sm:p-4 md:grid-cols-4">
            {Array.from({ length: 4 }, (_, index) => (
              <Skeleton key={index} className="h-14 w-full" />
            ))}
          </div>
        ) : null}
        <div className="h-9 border-b border-border bg-muted/60" />
        <ul className="divide-y divide-border">
          {Array.from({ length: rows }, (_, index) => (
            <li key={index} className="flex items-center gap-4 px-4 py-3">
              <div className="min-w-0 flex-1">
                <Skeleton className="h-4 w-40 max-w-full" />
                <Skeleton className="mt-1.5 h-3 w-56 max-w-full" />
              </div>
              <Skeleton className="hidden h-4 w-28 md:block" />
              <Skeleton className="h-5 w-16 rounded-full" />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
