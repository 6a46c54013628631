import { Skeleton } from '@/components/ui/skeleton';

export default function CustomerProfileLoading() {
  return (
    <div role="status" aria-label="Loading your profile" className="grid gap-4">
      <Skeleton className="h-8 w-40" />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Skeleton className="h-72" />
        <Skeleton className="h-72" />
      </div>
    </div>
  );
}
