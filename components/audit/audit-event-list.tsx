import { History } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import type { listRecentAuditEvents } from '@/lib/audit/list-audit-events';

type AuditEventRow = Awaited<ReturnType<typeof listRecentAuditEvents>>[number];

// Friendlier wording for the most common actions; anything else is spelled out from its code.
const ACTION_LABEL: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_out': 'Signed out',
};

function describeAction(action: string): string {
  const known = ACTION_LABEL[action];
  if (known) return known;
  const words = action.replace(/[._:-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type AuditEventListProps = {
  events: AuditEventRow[];
  /** The signed-in user's own actions read as "You". */
  viewerEmail: string;
};

export function AuditEventList({ events, viewerEmail }: AuditEventListProps) {
  if (events.length === 0) {
    return (
      <EmptyState
        icon={History}
        title="No activity yet"
        description="Sign-ins and changes to customers will appear here as they happen."
      />
    );
  }

  return (
    <ol className="divide-y divide-border">
      {events.map((event) => {
        const actor = !event.actorEmail ? 'System' : event.actorEmail === viewerEmail ? 'You' : event.actorEmail;
        return (
          <li key={event.id} className="flex flex-col gap-1 px-5 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
            <div className="min-w-0">
              <p className="text-sm font-medium text-foreground">
                {describeAction(event.action)}{' '}
                <code className="ml-1 hidden rounded bg-muted px-1.5 py-0.5 font-mono text-[11px] font-normal text-muted-foreground sm:inline">
                  {event.action}
                </code>
              </p>
              <p className="mt-0.5 truncate text-xs text-muted-foreground">
                {actor} · {event.entityType}
                {event.ip ? ` · ${event.ip}` : null}
              </p>
            </div>
            <LocalTime value={event.createdAt} className="shrink-0 text-xs text-muted-foreground tabular-nums" />
          </li>
        );
      })}
    </ol>
  );
}
