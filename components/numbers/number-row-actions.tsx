'use client';

import type { ReactNode } from 'react';
import { PhoneForwarded, Tag, Unlink } from 'lucide-react';
import { setNumberForwardingAction, setNumberLabelAction, unassignNumberAction } from '@/app/partner/numbers/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { NumberActions } from '@/lib/numbers/number-actions';
import { NumberActionDialog } from './number-action-dialog';
import { FormField } from '@/components/ui/form-field';

export type RowNumber = { id: string; number: string; label: string | null; forwardTo: string | null; recordedIn: 'PROVIDER' | 'PORTAL'; actions: NumberActions };

type NumberRowActionsProps = { number: RowNumber; customerName: string; providerName: string };

/** Label, forwarding and unassign for one number; an action the provider cannot do is shown disabled with its reason. */
export function NumberRowActions({ number, customerName, providerName }: NumberRowActionsProps) {
  const { actions } = number;
  return (
    <div className="flex flex-wrap justify-end gap-1.5">
      {actions.label.available ? (
        <LabelDialog number={number} providerName={providerName} storedAt={actions.label.storedAt ?? 'portal'} />
      ) : (
        <UnavailableButton icon={<Tag aria-hidden="true" />} label="Label" reason={actions.label.reason} number={number.number} />
      )}
      {actions.forwarding.available ? (
        <ForwardingDialog number={number} providerName={providerName} />
      ) : (
        <UnavailableButton icon={<PhoneForwarded aria-hidden="true" />} label="Forwarding" reason={actions.forwarding.reason} number={number.number} />
      )}
      <UnassignDialog number={number} customerName={customerName} providerName={providerName} />
    </div>
  );
}

function UnavailableButton({ icon, label, reason, number }: { icon: ReactNode; label: string; reason: string; number: string }) {
  // Disabled buttons show no tooltip everywhere, so the reason is also the accessible description and listed under the table.
  return (
    <Button size="sm" variant="ghost" disabled aria-label={`${label} ${number} (unavailable)`} title={reason}>
      {icon}
      {label}
    </Button>
  );
}

function LabelDialog({ number, providerName, storedAt }: { number: RowNumber; providerName: string; storedAt: 'provider' | 'portal' }) {
  return (
    <NumberActionDialog
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Label ${number.number}`}>
          <Tag aria-hidden="true" />
          Label
        </Button>
      }
      title={`Label ${number.number}`}
      description={storedAt === 'provider' ? `The label is saved at ${providerName}.` : `The label is kept in the portal; ${providerName} does not store one.`}
      action={setNumberLabelAction}
      hidden={{ assignmentId: number.id }}
      fieldNames={['label']}
      fields={(errors) => (
        <FormField id={`label-${number.id}`} label="Label" errors={errors.label} hint="E.g. “Front desk”. At most 64 characters.">
          {(aria) => <Input id={`label-${number.id}`} name="label" defaultValue={number.label ?? ''} maxLength={64} autoComplete="off" {...aria} />}
        </FormField>
      )}
      submitLabel="Save label"
      successMessage={`Label saved for ${number.number}`}
      failureTitle="The label was not saved."
    />
  );
}

function ForwardingDialog({ number, providerName }: { number: RowNumber; providerName: string }) {
  return (
    <NumberActionDialog
      trigger={
        <Button size="sm" variant="ghost" aria-label={`Forwarding for ${number.number}`}>
          <PhoneForwarded aria-hidden="true" />
          Forwarding
        </Button>
      }
      title={`Forward calls to ${number.number}`}
      description={`${providerName} forwards the calls; the change applies at once.`}
      action={setNumberForwardingAction}
      hidden={{ assignmentId: number.id }}
      fieldNames={['forwardTo']}
      fields={(errors) => (
        <FormField id={`forward-${number.id}`} label="Forward to" optional errors={errors.forwardTo} hint="In international format, e.g. +14155550100. Leave empty to stop forwarding.">
          {(aria) => <Input id={`forward-${number.id}`} name="forwardTo" type="tel" defaultValue={number.forwardTo ?? ''} autoComplete="off" {...aria} />}
        </FormField>
      )}
      submitLabel="Save forwarding"
      successMessage={`Forwarding saved for ${number.number}`}
      failureTitle="The forwarding was not saved."
    />
  );
}

function UnassignDialog({ number, customerName, providerName }: { number: RowNumber; customerName: string; providerName: string }) {
  const cancel = number.actions.cancelAtProvider;
  return (
    <NumberActionDialog
      trigger={
        <Button size="sm" variant="ghost" className="text-danger hover:bg-danger-subtle" aria-label={`Unassign ${number.number}`}>
          <Unlink aria-hidden="true" />
          Unassign
        </Button>
      }
      title={`Unassign ${number.number}?`}
      description={
        number.recordedIn === 'PROVIDER'
          ? `${customerName} loses this number at ${providerName}; it returns to your stock there.`
          : `Only the portal's record is removed: ${customerName} no longer shows this number. Nothing changes at ${providerName}.`
      }
      action={unassignNumberAction}
      hidden={{ assignmentId: number.id }}
      fieldNames={['cancelAtProvider']}
      fields={(errors) =>
        cancel.available ? (
          <div className="flex flex-col gap-1.5">
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="cancelAtProvider" className="mt-0.5 size-4 accent-danger" aria-invalid={errors.cancelAtProvider ? true : undefined} />
              <span>
                Also cancel the number at {providerName}
                <span className="block text-xs text-muted-foreground">It stops at the end of the billing period and cannot be undone here.</span>
              </span>
            </label>
            {errors.cancelAtProvider?.map((message) => (
              <p key={message} className="text-sm text-danger">
                {message}
              </p>
            ))}
          </div>
        ) : null
      }
      submitLabel="Unassign"
      submitVariant="danger"
      successMessage={`${number.number} unassigned`}
      failureTitle="The number was not unassigned."
    />
  );
}
