import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

const ROWS = 8;

export default function PricingLoading() {
  return (
    <div role="status" aria-label="Loading the price list">
      <div className="mb-6">
        <Skeleton className="h-7 w-36" />
        <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      </div>
      <Card className="overflow-hidden">
        <div className="flex items-center justify-between gap-3 border-b border-border px-5 py-4">
          <div>
            <Skeleton className="h-4 w-44" />
            <Skeleton className="mt-2 h-4 w-28" />
          </div>
          <Skeleton className="h-9 w-52" />
        </div>
        <div className="border-b border-border p-4">
          <Skeleton className="h-9 w-full" />
        </div>
        <div className="h-9 border-b border-border bg-muted/60" />
        <ul className="divide-y divide-border">
          {Array.from({ length: ROWS }, (_, index) => (
            <li key={index} className="flex items-center gap-4 px-4 py-3">
              <Skeleton className="h-4 w-12" />
              <Skeleton className="h-4 w-40 flex-1" />
              <Skeleton className="h-4 w-16" />
              <Skeleton className="hidden h-4 w-24 md:block" />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
