import Link from 'next/link';
import { Pencil } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LinkPendingIndicator } from '@/components/ui/link-pending-indicator';
import type { ConnectionView } from '@/lib/connections/connection-view';
import { ConnectionHealthBadge } from './connection-health-badge';
import { ConnectionHealthFacts } from './connection-health-facts';
import { TestConnectionButton } from './test-connection-button';

/** One connection on the list: where it points, how it is doing, and what to do with it. */
export function ConnectionCard({ connection }: { connection: ConnectionView }) {
  const href = `/partner/connections/${connection.id}`;
  return (
    <Card aria-labelledby={`connection-${connection.id}`} className="flex h-full flex-col">
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle id={`connection-${connection.id}`}>
            <Link href={href} className="rounded-sm [overflow-wrap:anywhere] hover:underline">
              {connection.label}
              <LinkPendingIndicator className="ml-1.5 inline" />
            </Link>
          </CardTitle>
          <CardDescription>{connection.providerName}</CardDescription>
        </div>
        <span className="shrink-0">
          <ConnectionHealthBadge status={connection.health.status} />
        </span>
      </CardHeader>
      <CardContent className="flex-1 space-y-2">
        <dl className="grid grid-cols-[7.5rem_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted-foreground">Base URL</dt>
          <dd className="min-w-0">
            <code className="font-mono text-xs [overflow-wrap:anywhere]">{connection.baseUrl}</code>
          </dd>
          <dt className="text-muted-foreground">Customers</dt>
          <dd className="tabular-nums">{connection.customerCount}</dd>
        </dl>
        <ConnectionHealthFacts connection={connection} />
      </CardContent>
      <div className="flex flex-wrap items-center gap-x-2 border-t border-border px-5 py-3">
        <Link href={href} className={buttonVariants({ variant: 'secondary', size: 'sm' })}>
          <Pencil aria-hidden="true" />
          Edit<span className="sr-only"> {connection.label}</span>
        </Link>
        <TestConnectionButton connectionId={connection.id} label={connection.label} />
      </div>
    </Card>
  );
}
