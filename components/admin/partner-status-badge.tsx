import { Badge } from '@/components/ui/badge';

export function PartnerStatusBadge({ status }: { status: 'ACTIVE' | 'SUSPENDED' }) {
  return (
    <Badge tone={status === 'ACTIVE' ? 'success' : 'danger'} dot>
      {status === 'ACTIVE' ? 'Active' : 'Suspended'}
    </Badge>
  );
}
