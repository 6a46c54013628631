import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The usage page's shape while its figures load: header, picker, totals, charts. */
export function UsageDashboardSkeleton({ tiles }: { tiles: number }) {
  return (
    <div role="status" aria-label="Loading usage">
      <div className="mb-4">
        <Skeleton className="h-7 w-28" />
        <Skeleton className="mt-2 h-4 w-72 max-w-full" />
      </div>
      <Card className="mb-4 p-3 sm:p-4">
        <div className="flex flex-col gap-3 sm:flex-row">
          <Skeleton className="h-14 w-40" />
          <Skeleton className="h-14 w-72 max-w-full" />
          <Skeleton className="h-14 w-48" />
        </div>
      </Card>
      <div className={tiles === 5 ? 'grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5' : 'grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3'}>
        {Array.from({ length: tiles }, (_, index) => (
          <Card key={index} className="px-5 py-4">
            <Skeleton className="h-4 w-16" />
            <Skeleton className="mt-2 h-7 w-24" />
          </Card>
        ))}
      </div>
      <Card className="mt-4 px-5 py-4">
        <Skeleton className="h-4 w-28" />
        <Skeleton className="mt-6 h-64 w-full" />
      </Card>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {[0, 1].map((index) => (
          <Card key={index} className="px-5 py-4">
            <Skeleton className="h-4 w-28" />
            <Skeleton className="mt-6 h-48 w-full" />
          </Card>
        ))}
      </div>
    </div>
  );
}
