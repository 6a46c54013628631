import { Skeleton } from '@/components/ui/skeleton';

export default function CustomerNumbersLoading() {
  return (
    <div role="status" aria-label="Loading your numbers" className="grid gap-4">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-64" />
    </div>
  );
}
