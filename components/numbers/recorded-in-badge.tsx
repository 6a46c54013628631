import { Badge } from '@/components/ui/badge';
import { PORTAL_RECORD_NOTE } from '@/lib/numbers/number-actions';

export const PORTAL_RECORD_LABEL = 'Recorded in the portal';

/** Where an assignment lives: at the provider, or only in the portal because the provider's API cannot assign numbers. */
export function RecordedInBadge({ recordedIn }: { recordedIn: 'PROVIDER' | 'PORTAL' }) {
  if (recordedIn === 'PORTAL') {
    return (
      <Badge tone="warning" title={PORTAL_RECORD_NOTE}>
        {PORTAL_RECORD_LABEL}
      </Badge>
    );
  }
  return <Badge tone="accent">At the provider</Badge>;
}
