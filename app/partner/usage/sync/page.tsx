import type { Metadata } from 'next';
import Link from 'next/link';
import { Plug } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { SyncCursorTable } from '@/components/usage/sync-cursor-table';
import { SyncLiveRefresh } from '@/components/usage/sync-live-refresh';
import { SyncNowButton } from '@/components/usage/sync-now-button';
import { SyncStatusSummary } from '@/components/usage/sync-status-summary';
import { requireScope } from '@/lib/auth/session';
import { getSyncStatus, type SyncConnectionView } from '@/lib/usage/sync/get-sync-status';

export const metadata: Metadata = { title: 'Call sync' };

function scopeText(connection: SyncConnectionView): string {
  const how =
    connection.scope === 'connection'
      ? 'One listing covers all customers at this connection.'
      : 'Each customer’s calls are listed with the customer’s own key, so each has its own sync.';
  return `${how} Synced every ${connection.everyMinutes} minutes.`;
}

export default async function UsageSyncPage() {
  const scope = await requireScope('partner');
  const status = await getSyncStatus(scope);

  return (
    <SyncLiveRefresh running={status.running > 0}>
      <PageHeader
        title="Call sync"
        description="Call records come from each provider in the background, within the provider’s request limits. Charts and invoices use what is synced here."
        back={{ href: '/partner/usage', label: 'Usage' }}
      />
      <div className="grid gap-4">
        <SyncStatusSummary status={status} link={false} />
        {status.connections.length === 0 ? (
          <Card>
            <EmptyState
              icon={Plug}
              title="No connection lists call records"
              description="Calls are synced from provider connections that offer call records."
              action={
                scope.role === 'PARTNER_ADMIN' ? (
                  <Link href="/partner/connections" className={buttonVariants({ variant: 'secondary', size: 'sm' })}>
                    Connections
                  </Link>
                ) : undefined
              }
            />
          </Card>
        ) : (
          status.connections.map((connection) => (
            <Card key={connection.id} className="overflow-hidden">
              <CardHeader className="flex-row items-start justify-between gap-3">
                <div className="flex min-w-0 flex-col gap-1">
                  <CardTitle className="flex flex-wrap items-center gap-2">
                    {connection.label} <Badge tone="neutral">{connection.providerName}</Badge>
                  </CardTitle>
                  <CardDescription>
                    {scopeText(connection)}
                    {connection.budgetNote ? ` ${connection.budgetNote}` : ''}
                  </CardDescription>
                </div>
                <SyncNowButton connectionId={connection.id} label={connection.label} />
              </CardHeader>
              {connection.cursors.length === 0 ? (
                <div className="px-4 pb-4 sm:px-6">
                  <Alert title="Not synced yet">
                    {connection.scope === 'customer'
                      ? 'No customer at this connection has a provider account yet. Linked customers are synced from then on.'
                      : 'The first sync starts within five minutes, or now with “Sync now”.'}
                  </Alert>
                </div>
              ) : (
                <SyncCursorTable connection={connection} />
              )}
            </Card>
          ))
        )}
      </div>
    </SyncLiveRefresh>
  );
}
