import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OnboardingWizard } from '@/components/onboarding/onboarding-wizard';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { countryOptions } from '@/lib/onboarding/country-options';
import { getOnboardingView } from '@/lib/onboarding/get-onboarding-view';

export const metadata: Metadata = { title: 'Resume onboarding' };

/** One customer's onboarding, resumed at the step where it stands. */
export default async function ResumeOnboardingPage({ params }: { params: Promise<{ customerId: string }> }) {
  const scope = await requireScope('partner');
  const { customerId } = await params;
  // Null also for another partner's customer: the page must not reveal that it exists.
  const view = await getOnboardingView(scope, customerId);
  if (!view) notFound();

  return (
    <>
      <PageHeader
        back={{ href: '/partner/customers/new', label: 'Add customer' }}
        title={`Onboarding: ${view.customerName}`}
        description={`${view.email} · ${view.connection.label}`}
      />
      <Card className="max-w-3xl">
        <CardContent className="py-5">
          <OnboardingWizard connections={[]} countries={countryOptions()} initialView={view} />
        </CardContent>
      </Card>
    </>
  );
}
