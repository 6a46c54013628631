import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

// This skeleton lives in the (list) route group so that it does not wrap the customer
// detail page: a loading boundary starts the response early with status 200, and an
// unknown or foreign customer id must answer 404. For the same reason the detail page
// and the area layouts have no loading.tsx above them; links show a pending spinner instead.
const ROWS = 8;

export default function CustomersLoading() {
  return (
    <div role="status" aria-label="Loading customers">
      <div className="mb-6">
        <Skeleton className="h-7 w-36" />
        <Skeleton className="mt-2 h-4 w-24" />
      </div>
      <Card className="overflow-hidden">
        <div className="flex flex-col gap-3 border-b border-border p-3 sm:p-4">
          <Skeleton className="h-14 w-full" />
          <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
            {Array.from({ length: 5 }, (_, index) => (
              <Skeleton key={index} className="h-14 w-full" />
            ))}
          </div>
          <Skeleton className="h-9 w-20" />
        </div>
        <div className="h-9 border-b border-border bg-muted/60" />
        <ul className="divide-y divide-border">
          {Array.from({ length: ROWS }, (_, index) => (
            <li key={index} className="flex items-center gap-4 px-4 py-3">
              <div className="min-w-0 flex-1">
                <Skeleton className="h-4 w-40 max-w-full" />
                <Skeleton className="mt-1.5 h-3 w-56 max-w-full" />
              </div>
              <Skeleton className="hidden h-4 w-28 md:block" />
              <Skeleton className="h-5 w-16 rounded-full" />
              <Skeleton className="h-4 w-20" />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
