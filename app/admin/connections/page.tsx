import type { Metadata } from 'next';
import Link from 'next/link';
import { Plug, SearchX } from 'lucide-react';
import { ConnectionFilters } from '@/components/admin/connection-filters';
import { ProviderConnectionsTable } from '@/components/admin/provider-connections-table';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { listPartners } from '@/lib/partners/list-partners';
import { listProviderConnections, parseConnectionFilters } from '@/lib/platform/list-provider-connections';

export const metadata: Metadata = { title: 'Connections' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConnectionsPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('platform');
  const filters = parseConnectionFilters(await searchParams);
  const [connections, partners] = await Promise.all([listProviderConnections(scope, filters), listPartners(scope)]);
  const failing = connections.filter((connection) => connection.health.status === 'failing').length;
  const filtered = Boolean(filters.partnerId || filters.health);

  return (
    <>
      <PageHeader
        title="Connections"
        description={
          connections.length === 0
            ? 'Every partner’s provider connections, with their health.'
            : `${connections.length} connection${connections.length === 1 ? '' : 's'}${filtered ? ' match' : ''}, ${failing} failing. Health comes from each connection’s latest provider call; “Test” makes one now.`
        }
      />
      <Card className="overflow-hidden">
        <div className="border-b border-border p-3 sm:p-4">
          <ConnectionFilters filters={filters} partners={partners.map(({ id, name }) => ({ id, name }))} />
        </div>
        {connections.length > 0 ? (
          <ProviderConnectionsTable connections={connections} />
        ) : filtered ? (
          <EmptyState
            icon={SearchX}
            title="No matching connections"
            description="No connection matches these filters."
            action={
              <Link href="/admin/connections" className={buttonVariants({ variant: 'secondary' })}>
                Clear filters
              </Link>
            }
          />
        ) : (
          <EmptyState icon={Plug} title="No connections yet" description="Partners’ admins add their provider accounts; they appear here with their health." />
        )}
      </Card>
    </>
  );
}
