import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CapabilityList } from '@/components/connections/capability-list';
import { ConnectionForm } from '@/components/connections/connection-form';
import { ConnectionHealthBadge } from '@/components/connections/connection-health-badge';
import { ConnectionHealthFacts } from '@/components/connections/connection-health-facts';
import { TestConnectionButton } from '@/components/connections/test-connection-button';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { getConnectionForPartner } from '@/lib/connections/list-connections-for-partner';
import { listProviderChoices } from '@/lib/connections/provider-choices';
import { updateConnectionAction } from '../actions';

export const metadata: Metadata = { title: 'Connection' };

type Params = Promise<{ connectionId: string }>;
// Set by the add form's redirect.
type SearchParams = Promise<{ created?: string | string[] }>;

export default async function ConnectionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  if (scope.role !== 'PARTNER_ADMIN') notFound();
  const { connectionId } = await params;
  // Null also for another partner's connection: the page must not reveal that it exists.
  const connection = await getConnectionForPartner(scope, connectionId);
  if (!connection) notFound();
  const { created } = await searchParams;

  return (
    <>
      <PageHeader
        back={{ href: '/partner/connections', label: 'Connections' }}
        title={connection.label}
        badge={<ConnectionHealthBadge status={connection.health.status} />}
        // No "updated" time: every recorded provider call bumps updatedAt, so it would not mean "last edited".
        description={`${connection.providerName} · ${connection.customerCount} ${connection.customerCount === 1 ? 'customer' : 'customers'}`}
      />

      {created ? (
        <Alert variant="success" role="status" title="Connection added" className="mb-4">
          Run a test to check that the provider accepts the credentials.
        </Alert>
      ) : null}

      <div className="grid items-start gap-4 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>Settings</CardTitle>
            <CardDescription>Stored secrets are never shown; leave a secret blank to keep it.</CardDescription>
          </CardHeader>
          <CardContent className="py-5">
            <ConnectionForm
              action={updateConnectionAction.bind(null, connection.id)}
              providers={listProviderChoices().filter((choice) => choice.kind === connection.kind)}
              connection={{ kind: connection.kind, label: connection.label, baseUrl: connection.baseUrl, credentials: connection.credentials }}
              submitLabel="Save changes"
            />
          </CardContent>
        </Card>

        <div className="grid gap-4 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>Health</CardTitle>
              <CardDescription>From the latest calls to the provider, including tests.</CardDescription>
            </CardHeader>
            <CardContent>
              <ConnectionHealthFacts connection={connection} />
            </CardContent>
            <div className="flex flex-wrap items-center gap-x-2 border-t border-border px-5 py-3">
              <TestConnectionButton connectionId={connection.id} label={connection.label} />
            </div>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>What this connection can do</CardTitle>
              <CardDescription>The portal offers only these; each unavailable item says why.</CardDescription>
            </CardHeader>
            <CapabilityList capabilities={connection.capabilities} />
          </Card>
        </div>
      </div>
    </>
  );
}
