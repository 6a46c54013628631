import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Plug, Plus } from 'lucide-react';
import { ConnectionCard } from '@/components/connections/connection-card';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { listConnectionsForPartner } from '@/lib/connections/list-connections-for-partner';

export const metadata: Metadata = { title: 'Connections' };

// No loading.tsx here: it would start the response with status 200 before the role check
// below can answer 404.
export default async function ConnectionsPage() {
  const scope = await requireScope('partner');
  // Connections hold the partner's provider credentials; staff should not learn the page exists.
  if (scope.role !== 'PARTNER_ADMIN') notFound();
  const connections = await listConnectionsForPartner(scope);

  return (
    <>
      <PageHeader
        title="Connections"
        description="Your accounts at upstream providers. Customers are created and billed through them."
        actions={
          <Link href="/partner/connections/new" className={buttonVariants()}>
            <Plus aria-hidden="true" />
            Add connection
          </Link>
        }
      />

      {connections.length === 0 ? (
        <Card>
          <EmptyState
            icon={Plug}
            title="No connections yet"
            description="Add your account at a provider to start creating customers through it."
            action={
              <Link href="/partner/connections/new" className={buttonVariants()}>
                <Plus aria-hidden="true" />
                Add connection
              </Link>
            }
          />
        </Card>
      ) : (
        <ul aria-label="Connections" className="grid gap-4 lg:grid-cols-2">
          {connections.map((connection) => (
            <li key={connection.id} className="min-w-0">
              <ConnectionCard connection={connection} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
