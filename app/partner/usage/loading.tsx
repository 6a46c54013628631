import { UsageDashboardSkeleton } from '@/components/charts/usage-dashboard-skeleton';

export default function PartnerUsageLoading() {
  return <UsageDashboardSkeleton tiles={5} />;
}
