import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { SyncState } from '@/lib/db/client';

const LOOK: Record<SyncState, { tone: BadgeTone; label: string }> = {
  IDLE: { tone: 'success', label: 'Up to date' },
  RUNNING: { tone: 'accent', label: 'Syncing' },
  WAITING_FOR_BUDGET: { tone: 'warning', label: 'Waiting for budget' },
  FAILED: { tone: 'danger', label: 'Failed' },
};

/** A cursor's state; "Not synced yet" before its first run, "Skipped calls" when it finished with a warning. */
export function SyncStateBadge({ state, everSynced, hasWarning }: { state: SyncState; everSynced: boolean; hasWarning: boolean }) {
  if (state === 'IDLE' && !everSynced) return <Badge tone="neutral" dot>Not synced yet</Badge>;
  if (state === 'IDLE' && hasWarning) return <Badge tone="warning" dot>Skipped calls</Badge>;
  const look = LOOK[state];
  return (
    <Badge tone={look.tone} dot>
      {look.label}
    </Badge>
  );
}
