'use client';

import { useState } from 'react';
import Link from 'next/link';
import { CircleCheck } from 'lucide-react';
import type { OnboardingActionState } from '@/app/partner/customers/new/actions';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import type { CountryOption } from '@/lib/onboarding/country-options';
import type { OnboardingView } from '@/lib/onboarding/get-onboarding-view';
import type { OnboardingConnectionChoice } from '@/lib/onboarding/list-onboarding-connections';
import type { OnboardingSecret } from '@/lib/onboarding/onboarding-records';
import { AccountStep } from './account-step';
import { LinkAccountForm } from './link-account-form';
import { NumberStep } from './number-step';
import { onboardingPath } from './onboarding-paths';
import { OnboardingProgress } from './onboarding-progress';
import { OneTimeSecret } from './one-time-secret';
import { OpeningBalanceStep } from './opening-balance-step';

type OnboardingWizardProps = {
  connections: OnboardingConnectionChoice[];
  countries: CountryOption[];
  /** Where a resumed onboarding stands; null for a new customer. */
  initialView: OnboardingView | null;
};

/**
 * The onboarding wizard. The server records each step; this component only shows the one
 * the onboarding stands at. The new account's credentials come back once, from the call
 * that created it, and live only in this component's state until the staff member moves on.
 */
export function OnboardingWizard({ connections, countries, initialView }: OnboardingWizardProps) {
  const [view, setView] = useState(initialView);
  const [secret, setSecret] = useState<OnboardingSecret | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function handleResult(state: OnboardingActionState) {
    if (!state?.view) return;
    // Once the customer exists, the address is the resume page: a reload picks up where this stands.
    if (!view) window.history.replaceState(null, '', onboardingPath(state.view.customerId));
    setView(state.view);
    setNotice(state.notice ?? null);
    if (state.secret && (state.secret.authToken || state.secret.generatedPassword)) setSecret(state.secret);
  }

  const step = view?.step ?? 'PROVISION';
  const withFunding = view ? view.fund.supported : true;
  return (
    <div>
      <OnboardingProgress current={secret ? 'PROVISION' : step} failed={Boolean(view?.failure) && !secret} withFunding={withFunding} />
      {notice ? (
        <Alert className="mb-5" title="Note">
          {notice}
        </Alert>
      ) : null}
      {secret && view ? (
        <OneTimeSecret secret={secret} providerName={view.connection.displayName} continueLabel={continueLabel(view)} onContinue={() => setSecret(null)} />
      ) : step === 'PROVISION' ? (
        <div className="flex flex-col gap-6">
          {/* One element across "new" and "retry": what was typed survives a refusal. */}
          <AccountStep key="account" connections={connections} view={view} countries={countries} onResult={handleResult} />
          {view?.canLinkWithKey ? <LinkAccountForm view={view} onResult={handleResult} /> : null}
        </div>
      ) : step === 'FUND' && view ? (
        <OpeningBalanceStep view={view} onResult={handleResult} />
      ) : step === 'ASSIGN_NUMBER' && view ? (
        <NumberStep view={view} onResult={handleResult} />
      ) : view ? (
        <DoneSummary view={view} />
      ) : null}
    </div>
  );
}

function continueLabel(view: OnboardingView): string {
  if (view.step === 'FUND') return 'I have saved it — continue to the opening balance';
  if (view.step === 'ASSIGN_NUMBER') return 'I have saved it — continue to the number';
  return 'I have saved it — continue';
}

function DoneSummary({ view }: { view: OnboardingView }) {
  return (
    <div className="flex flex-col gap-5">
      <Alert variant="success" role="status" title={`${view.customerName} is set up`}>
        Account {view.providerAccountId} at {view.connection.displayName}
        {view.tokenStoredEncrypted ? '; its auth token is stored encrypted' : ''}.
      </Alert>
      <div className="flex flex-wrap gap-3">
        <Link href={`/partner/customers/${view.customerId}`} className={buttonVariants()}>
          <CircleCheck aria-hidden="true" />
          Open {view.customerName}
        </Link>
        <Link href="/partner/customers/new" className={buttonVariants({ variant: 'secondary' })}>
          Add another customer
        </Link>
      </div>
    </div>
  );
}
