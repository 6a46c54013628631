import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConnectionForm } from '@/components/connections/connection-form';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { listProviderChoices } from '@/lib/connections/provider-choices';
import { createConnectionAction } from '../actions';

export const metadata: Metadata = { title: 'Add connection' };

export default async function NewConnectionPage() {
  const scope = await requireScope('partner');
  if (scope.role !== 'PARTNER_ADMIN') notFound();

  return (
    <>
      <PageHeader
        back={{ href: '/partner/connections', label: 'Connections' }}
        title="Add connection"
        description="Credentials are stored encrypted and are never shown again, not even to admins."
      />
      <Card className="max-w-2xl">
        <CardContent className="py-5">
          <ConnectionForm action={createConnectionAction} providers={listProviderChoices()} submitLabel="Add connection" />
        </CardContent>
      </Card>
    </>
  );
}
