import { Skeleton } from '@/components/ui/skeleton';

export default function CustomerWalletLoading() {
  return (
    <div role="status" aria-label="Loading your wallet" className="grid gap-4">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-44" />
      <Skeleton className="h-64" />
    </div>
  );
}
