import { UsageDashboardSkeleton } from '@/components/charts/usage-dashboard-skeleton';

export default function CustomerUsageLoading() {
  return <UsageDashboardSkeleton tiles={3} />;
}
