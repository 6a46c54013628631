import { LocalTime } from '@/components/ui/local-time';
import type { ConnectionView } from '@/lib/connections/connection-view';
import { cn } from '@/lib/ui/cn';

type RateLimit = ConnectionView['rateLimits'][number];

function windowText(minutes: number): string {
  if (minutes === 60) return 'this hour';
  if (minutes === 1440) return 'today';
  if (minutes % 60 === 0) return `in the last ${minutes / 60} hours`;
  return `in the last ${minutes} minutes`;
}

/** "4 of 6 calls left this hour", plus when the next call is allowed once none are left. */
export function RateBudgetText({ limit }: { limit: RateLimit }) {
  return (
    <>
      <span className={cn('tabular-nums', limit.remaining === 0 && 'font-medium text-danger')}>
        {limit.remaining} of {limit.calls} {limit.calls === 1 ? 'call' : 'calls'} left {windowText(limit.windowMinutes)}
      </span>
      {limit.nextAllowedAt ? (
        <>
          {' · next at '}
          <LocalTime value={limit.nextAllowedAt} />
        </>
      ) : null}
    </>
  );
}

/**
 * Last success, last error (with its message) and the remaining rate budget: the same
 * facts on the list and on a connection's own page.
 */
export function ConnectionHealthFacts({ connection, className }: { connection: Pick<ConnectionView, 'health' | 'rateLimits'>; className?: string }) {
  const { health, rateLimits } = connection;
  return (
    <dl className={cn('grid grid-cols-[7.5rem_1fr] gap-x-4 gap-y-2 text-sm', className)}>
      <dt className="text-muted-foreground">Last success</dt>
      <dd>{health.lastSuccessAt ? <LocalTime value={health.lastSuccessAt} /> : <span className="text-muted-foreground">Never</span>}</dd>

      <dt className="text-muted-foreground">Last error</dt>
      <dd className="min-w-0">
        {health.lastErrorAt ? <LocalTime value={health.lastErrorAt} /> : <span className="text-muted-foreground">None</span>}
        {health.lastErrorAt && health.lastError ? (
          <p className="mt-1 text-xs [overflow-wrap:anywhere] text-danger">{health.lastError}</p>
        ) : null}
      </dd>

      <dt className="text-muted-foreground">Rate budget</dt>
      <dd>
        {rateLimits.length === 0 ? (
          <span className="text-muted-foreground">No provider limits</span>
        ) : (
          <ul className="space-y-1">
            {rateLimits.map((limit) => (
              <li key={limit.label}>
                <span className="block text-xs text-muted-foreground">{limit.label}</span>
                <RateBudgetText limit={limit} />
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
