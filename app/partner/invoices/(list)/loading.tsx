import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

// In the (list) group so it does not wrap the invoice pages: a loading boundary answers 200
// before notFound() can run, and another partner's invoice id must answer 404.
export default function InvoicesLoading() {
  return (
    <div role="status" aria-label="Loading invoices">
      <div className="mb-6">
        <Skeleton className="h-7 w-32" />
        <Skeleton className="mt-2 h-4 w-40" />
      </div>
      <Card className="overflow-hidden">
        <div className="border-b border-border p-3 sm:p-4">
          <Skeleton className="h-14 w-full" />
        </div>
        <ul className="divide-y divide-border">
          {Array.from({ length: 8 }, (_, index) => (
            <li key={index} className="flex items-center gap-4 px-4 py-3">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="hidden h-4 w-40 md:block" />
              <Skeleton className="ml-auto h-5 w-16 rounded-full" />
              <Skeleton className="h-4 w-20" />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
