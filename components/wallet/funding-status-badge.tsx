import type { FundingStatus } from '@/lib/db/client';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const LOOK: Record<FundingStatus, { tone: BadgeTone; label: string }> = {
  PENDING: { tone: 'warning', label: 'Pending' },
  SETTLED: { tone: 'success', label: 'Settled' },
  REVERSED: { tone: 'neutral', label: 'Reversed' },
  FAILED: { tone: 'danger', label: 'Failed' },
};

/** A funding's state; "Unconfirmed" when it was sent and the provider's answer was lost. */
export function FundingStatusBadge({ status, outcomeUnknown }: { status: FundingStatus; outcomeUnknown: boolean }) {
  const look = LOOK[status];
  const unconfirmed = status === 'PENDING' && outcomeUnknown;
  return (
    <Badge tone={look.tone} dot title={unconfirmed ? 'Sent, but the provider did not confirm it; reconciliation will settle or reverse it.' : undefined}>
      {unconfirmed ? 'Unconfirmed' : look.label}
    </Badge>
  );
}
