import { Badge } from '@/components/ui/badge';
import type { CallStatus } from '@/lib/db/client';
import { CALL_STATUS_LABEL, CALL_STATUS_TONE } from './call-labels';

export function CallStatusBadge({ status }: { status: CallStatus }) {
  return (
    <Badge tone={CALL_STATUS_TONE[status]} dot>
      {CALL_STATUS_LABEL[status]}
    </Badge>
  );
}
