'use client';

import { Ban, RotateCcw } from 'lucide-react';
import { reactivatePartnerAction, suspendPartnerAction } from '@/app/admin/partners/actions';
import { NumberActionDialog as ActionDialog } from '@/components/numbers/number-action-dialog';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { cn } from '@/lib/ui/cn';

type PartnerStatusActionsProps = { partnerId: string; partnerName: string; status: 'ACTIVE' | 'SUSPENDED' };

const TEXTAREA_CLASS = cn(
  'min-h-24 w-full rounded-md border border-input bg-card px-3 py-2 text-sm text-foreground shadow-xs',
  'placeholder:text-muted-foreground focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none',
  'aria-invalid:border-danger aria-invalid:ring-danger/20',
);

/** Suspend (with a reason, confirmed in a dialog) or reactivate a partner. */
export function PartnerStatusActions({ partnerId, partnerName, status }: PartnerStatusActionsProps) {
  if (status === 'SUSPENDED') {
    return (
      <ActionDialog
        trigger={
          <Button variant="secondary">
            <RotateCcw aria-hidden="true" />
            Reactivate
          </Button>
        }
        title={`Reactivate ${partnerName}?`}
        description="Its users can sign in again at once, and its background jobs (syncs, invoices, auto top-ups) resume."
        action={reactivatePartnerAction}
        hidden={{ partnerId }}
        fields={() => null}
        fieldNames={[]}
        submitLabel="Reactivate partner"
        successMessage={`${partnerName} is active again`}
        failureTitle="The partner was not reactivated."
      />
    );
  }
  return (
    <ActionDialog
      trigger={
        <Button variant="danger">
          <Ban aria-hidden="true" />
          Suspend
        </Button>
      }
      title={`Suspend ${partnerName}?`}
      description={
        <ul className="list-disc space-y-1 pl-4">
          <li>Its staff and its customers’ users cannot sign in; anyone signed in is signed out on their next click.</li>
          <li>Its background jobs stop: no syncs, invoices or auto top-ups.</li>
          <li>Nothing is deleted, and its provider accounts are not touched. You can reactivate it at any time.</li>
        </ul>
      }
      action={suspendPartnerAction}
      hidden={{ partnerId }}
      fieldNames={['reason']}
      fields={(errors) => (
        <FormField id="suspend-reason" label="Reason" errors={errors.reason} hint="Recorded in the audit log with your name and shown on this page while the suspension lasts.">
          {(aria) => <textarea id="suspend-reason" name="reason" required minLength={3} maxLength={500} className={TEXTAREA_CLASS} {...aria} />}
        </FormField>
      )}
      submitLabel="Suspend partner"
      submitVariant="danger"
      successMessage={`${partnerName} is suspended`}
      failureTitle="The partner was not suspended."
    />
  );
}
