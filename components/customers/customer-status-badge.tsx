import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { CustomerSummary } from '@/lib/customers/customer-summary';
import { CUSTOMER_STATUS_LABEL } from './customer-labels';

const STATUS_TONE: Record<CustomerSummary['status'], BadgeTone> = {
  PENDING: 'warning',
  ACTIVE: 'success',
  SUSPENDED: 'danger',
  CLOSED: 'neutral',
};

export function CustomerStatusBadge({ status }: { status: CustomerSummary['status'] }) {
  return (
    <Badge tone={STATUS_TONE[status]} dot>
      {CUSTOMER_STATUS_LABEL[status]}
    </Badge>
  );
}
