import { AdminPageSkeleton } from '@/components/admin/admin-page-skeleton';

export default function AuditLoading() {
  return <AdminPageSkeleton label="Loading the audit log" filters />;
}
