import { AdminPageSkeleton } from '@/components/admin/admin-page-skeleton';

export default function JobsLoading() {
  return <AdminPageSkeleton label="Loading the job queue" />;
}
