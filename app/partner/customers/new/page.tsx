import type { Metadata } from 'next';
import Link from 'next/link';
import { Plug } from 'lucide-react';
import { OnboardingWizard } from '@/components/onboarding/onboarding-wizard';
import { UnfinishedOnboardings } from '@/components/onboarding/unfinished-onboardings';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { countryOptions } from '@/lib/onboarding/country-options';
import { listUnfinishedOnboardings } from '@/lib/onboarding/get-onboarding-view';
import { listOnboardingConnections } from '@/lib/onboarding/list-onboarding-connections';

export const metadata: Metadata = { title: 'Add customer' };

export default async function NewCustomerPage() {
  const scope = await requireScope('partner');
  const [connections, unfinished] = await Promise.all([listOnboardingConnections(scope), listUnfinishedOnboardings(scope)]);

  return (
    <>
      <PageHeader
        back={{ href: '/partner/customers', label: 'Customers' }}
        title="Add customer"
        description="Opens the customer’s account at the provider, then optionally funds an opening balance and assigns a number."
      />
      <UnfinishedOnboardings items={unfinished} />
      <Card className="max-w-3xl">
        <CardContent className="py-5">
          {connections.length === 0 ? (
            <EmptyState
              icon={Plug}
              title="No provider connection yet"
              description="Customers live on a provider connection. A partner admin adds one first."
              action={
                scope.role === 'PARTNER_ADMIN' ? (
                  <Link href="/partner/connections/new" className={buttonVariants({ variant: 'secondary' })}>
                    Add connection
                  </Link>
                ) : null
              }
            />
          ) : (
            <OnboardingWizard connections={connections} countries={countryOptions()} initialView={null} />
          )}
        </CardContent>
      </Card>
    </>
  );
}
