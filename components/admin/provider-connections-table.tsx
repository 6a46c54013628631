import Link from 'next/link';
import { ConnectionHealthBadge } from '@/components/connections/connection-health-badge';
import { RateBudgetText } from '@/components/connections/connection-health-facts';
import { Badge } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ProviderConnectionRow } from '@/lib/platform/list-provider-connections';
import { TestProviderConnectionButton } from './test-provider-connection-button';

function RateBudgets({ limits }: { limits: ProviderConnectionRow['rateLimits'] }) {
  if (limits.length === 0) return <span className="text-xs text-muted-foreground">No provider limits</span>;
  return (
    <ul className="space-y-1 text-xs">
      {limits.map((limit) => (
        <li key={limit.label}>
          <span className="block text-muted-foreground">{limit.label}</span>
          <RateBudgetText limit={limit} />
        </li>
      ))}
    </ul>
  );
}

function HealthFacts({ health }: { health: ProviderConnectionRow['health'] }) {
  return (
    <div className="space-y-1 text-xs">
      <ConnectionHealthBadge status={health.status} />
      <p className="text-muted-foreground">
        Last success: {health.lastSuccessAt ? <LocalTime value={health.lastSuccessAt} /> : 'never'}
      </p>
      {health.lastErrorAt ? (
        <p className="text-muted-foreground">
          Last error: <LocalTime value={health.lastErrorAt} />
          {health.lastError ? <span className="mt-0.5 block [overflow-wrap:anywhere] text-danger">{health.lastError}</span> : null}
        </p>
      ) : null}
    </div>
  );
}

/** Every partner's connections; on narrow screens partner, health, rate budget and "Test" fold under the connection. */
export function ProviderConnectionsTable({ connections }: { connections: ProviderConnectionRow[] }) {
  return (
    <Table>
      <TableCaption>Provider connections of every partner</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Connection</TableHead>
          <TableHead className="hidden md:table-cell">Partner</TableHead>
          <TableHead className="hidden sm:table-cell">Health</TableHead>
          <TableHead className="hidden lg:table-cell">Rate budget</TableHead>
          <TableHead className="hidden text-right sm:table-cell">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {connections.map((connection) => (
          <TableRow key={connection.id} className="align-top">
            <TableCell className="min-w-40 align-top">
              <span className="block font-medium">{connection.label}</span>
              <span className="block text-xs text-muted-foreground">
                {connection.providerName} · {connection.customerCount} customer{connection.customerCount === 1 ? '' : 's'}
              </span>
              <div className="mt-1 text-xs md:hidden">
                <Link href={`/admin/partners/${connection.partner.id}`} className="underline-offset-4 hover:underline">
                  {connection.partner.name}
                </Link>
              </div>
              <div className="mt-2 sm:hidden">
                <HealthFacts health={connection.health} />
              </div>
              <div className="mt-2 lg:hidden">
                <RateBudgets limits={connection.rateLimits} />
              </div>
              <div className="mt-3 sm:hidden">
                <TestProviderConnectionButton connectionId={connection.id} label={`${connection.partner.name} – ${connection.label}`} />
              </div>
            </TableCell>
            <TableCell className="hidden align-top md:table-cell">
              <Link href={`/admin/partners/${connection.partner.id}`} className="text-sm underline-offset-4 hover:underline">
                {connection.partner.name}
              </Link>
              {connection.partner.status === 'SUSPENDED' ? (
                <Badge tone="danger" className="mt-1 block w-fit">
                  Suspended
                </Badge>
              ) : null}
            </TableCell>
            <TableCell className="hidden min-w-44 align-top sm:table-cell">
              <HealthFacts health={connection.health} />
            </TableCell>
            <TableCell className="hidden align-top lg:table-cell">
              <RateBudgets limits={connection.rateLimits} />
            </TableCell>
            <TableCell className="hidden text-right align-top sm:table-cell">
              <TestProviderConnectionButton connectionId={connection.id} label={`${connection.partner.name} – ${connection.label}`} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
