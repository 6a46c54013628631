import { AdminPageSkeleton } from '@/components/admin/admin-page-skeleton';

// In the (partners) group so it does not wrap a partner's page, which must be able to answer 404.
export default function PartnersLoading() {
  return <AdminPageSkeleton label="Loading partners" rows={4} />;
}
