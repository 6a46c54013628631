'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import Link from 'next/link';
import { LoaderCircle } from 'lucide-react';
import { toast } from 'sonner';
import type { CustomerProfileFormState } from '@/app/partner/customers/[customerId]/actions';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { KYC_STATUS_LABEL } from './customer-labels';
import { FormErrorSummary, FormField, SavedStatus } from '@/components/ui/form-field';

type Profile = { name: string; email: string; phone: string; country: string; lowBalanceThreshold: string; kycStatus: keyof typeof KYC_STATUS_LABEL };

type CustomerProfileFormProps = {
  action: (state: CustomerProfileFormState, formData: FormData) => Promise<CustomerProfileFormState>;
  profile: Profile;
  currency: string;
  billingModel: 'PREPAID' | 'POSTPAID';
  backHref: string;
};

const FIELDS = ['name', 'email', 'phone', 'country', 'lowBalanceThreshold', 'kycStatus'];

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-card px-3 text-sm text-foreground shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none aria-invalid:border-danger';

export function CustomerProfileForm({ action, profile, currency, billingModel, backHref }: CustomerProfileFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state?.fieldErrors ?? {};
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !FIELDS.includes(field))
    .flatMap(([, messages]) => messages);

  useEffect(() => {
    if (!state) return;
    if (state.saved) {
      toast.success('Profile saved');
      return;
    }
    // After a rejected save, take keyboard and screen-reader users to the first problem.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand skips React's automatic form reset, so a rejected save keeps what was typed.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const defaultRule = billingModel === 'PREPAID' ? `below 10.00 ${currency}` : 'under a tenth of the credit limit left';

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-5">
      <FormErrorSummary title="The profile was not saved." formError={state?.formError} errors={otherErrors} />

      <FormField id="customer-name" label="Name" errors={errors.name}>
        {(aria) => <Input id="customer-name" name="name" defaultValue={profile.name} maxLength={120} required autoComplete="off" {...aria} />}
      </FormField>
      <FormField id="customer-email" label="Email" errors={errors.email}>
        {(aria) => <Input id="customer-email" name="email" type="email" defaultValue={profile.email} required autoComplete="off" spellCheck={false} {...aria} />}
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="customer-phone" label="Phone" optional errors={errors.phone} hint="International format, e.g. +14155550101.">
          {(aria) => <Input id="customer-phone" name="phone" type="tel" defaultValue={profile.phone} autoComplete="off" {...aria} />}
        </FormField>
        <FormField id="customer-country" label="Country" optional errors={errors.country} hint="Two-letter ISO code, e.g. US.">
          {(aria) => <Input id="customer-country" name="country" defaultValue={profile.country} maxLength={2} autoComplete="off" className="uppercase" {...aria} />}
        </FormField>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="customer-kyc" label="KYC status" errors={errors.kycStatus} hint="Where the customer’s identity check stands, as your team records it.">
          {(aria) => (
            <select id="customer-kyc" name="kycStatus" defaultValue={profile.kycStatus} className={SELECT_CLASS} {...aria}>
              {Object.entries(KYC_STATUS_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="customer-threshold"
          label={`Low-balance threshold (${currency})`}
          optional
          errors={errors.lowBalanceThreshold}
          hint={`Flag the customer below this balance. Blank: the default rule, ${defaultRule}.`}
        >
          {(aria) => <Input id="customer-threshold" name="lowBalanceThreshold" inputMode="decimal" defaultValue={profile.lowBalanceThreshold} autoComplete="off" {...aria} />}
        </FormField>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-border pt-5">
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? 'Saving…' : 'Save profile'}
        </Button>
        <Link href={backHref} className={buttonVariants({ variant: 'ghost' })}>
          Back to the customer
        </Link>
        <SavedStatus saved={Boolean(state?.saved) && !pending} />
      </div>
    </form>
  );
}


