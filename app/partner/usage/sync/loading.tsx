import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

export default function UsageSyncLoading() {
  return (
    <div role="status" aria-label="Loading the call sync">
      <div className="mb-6">
        <Skeleton className="h-7 w-32" />
        <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      </div>
      <div className="grid gap-4">
        {[0, 1].map((card) => (
          <Card key={card} className="overflow-hidden">
            <div className="flex items-center justify-between gap-4 p-4 sm:p-6">
              <Skeleton className="h-5 w-48" />
              <Skeleton className="h-8 w-24" />
            </div>
            <ul className="divide-y divide-border">
              {[0, 1, 2].map((row) => (
                <li key={row} className="flex items-center gap-4 px-4 py-3">
                  <Skeleton className="h-4 w-32" />
                  <Skeleton className="h-5 w-20 rounded-full" />
                  <Skeleton className="ml-auto h-4 w-24" />
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </div>
  );
}
