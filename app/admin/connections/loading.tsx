import { AdminPageSkeleton } from '@/components/admin/admin-page-skeleton';

export default function ConnectionsLoading() {
  return <AdminPageSkeleton label="Loading connections" filters />;
}
