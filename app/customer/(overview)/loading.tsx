import { Skeleton } from '@/components/ui/skeleton';

export default function CustomerOverviewLoading() {
  return (
    <div role="status" aria-label="Loading your account" className="grid gap-6">
      <div className="space-y-2">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-72" />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Skeleton className="h-52 lg:col-span-2" />
        <Skeleton className="h-52" />
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <Skeleton className="h-24" />
        <Skeleton className="h-24" />
        <Skeleton className="col-span-2 h-24 lg:col-span-1" />
      </div>
    </div>
  );
}
