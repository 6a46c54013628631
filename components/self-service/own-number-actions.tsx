'use client';

import { PhoneForwarded, Tag } from 'lucide-react';
import { setOwnNumberForwardingAction, setOwnNumberLabelAction } from '@/app/customer/numbers/actions';
import { NumberActionDialog } from '@/components/numbers/number-action-dialog';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type OwnNumberRow = { id: string; number: string; label: string | null; forwardTo: string | null; canSetLabel: boolean; canSetForwarding: boolean };

/** The settings a customer may change on one of their numbers, where the provider allows it. */
export function OwnNumberActions({ number }: { number: OwnNumberRow }) {
  return (
    <div className="flex flex-wrap justify-end gap-1.5">
      {number.canSetLabel ? (
        <NumberActionDialog
          trigger={
            <Button size="sm" variant="ghost" aria-label={`Rename ${number.number}`}>
              <Tag aria-hidden="true" />
              Rename
            </Button>
          }
          title={`Name ${number.number}`}
          description="A name helps you tell your numbers apart, e.g. “Front desk”."
          action={setOwnNumberLabelAction}
          hidden={{ assignmentId: number.id }}
          fieldNames={['label']}
          fields={(errors) => (
            <FormField id={`own-label-${number.id}`} label="Name" errors={errors.label} hint="At most 64 characters.">
              {(aria) => <Input id={`own-label-${number.id}`} name="label" defaultValue={number.label ?? ''} maxLength={64} autoComplete="off" {...aria} />}
            </FormField>
          )}
          submitLabel="Save name"
          successMessage={`Name saved for ${number.number}`}
          failureTitle="The name was not saved."
        />
      ) : null}
      {number.canSetForwarding ? (
        <NumberActionDialog
          trigger={
            <Button size="sm" variant="ghost" aria-label={`Forwarding for ${number.number}`}>
              <PhoneForwarded aria-hidden="true" />
              Forwarding
            </Button>
          }
          title={`Forward calls to ${number.number}`}
          description="Calls to this number ring the number you enter instead. The change applies at once."
          action={setOwnNumberForwardingAction}
          hidden={{ assignmentId: number.id }}
          fieldNames={['forwardTo']}
          fields={(errors) => (
            <FormField id={`own-forward-${number.id}`} label="Forward to" optional errors={errors.forwardTo} hint="In international format, e.g. +14155550100. Leave empty to stop forwarding.">
              {(aria) => <Input id={`own-forward-${number.id}`} name="forwardTo" type="tel" defaultValue={number.forwardTo ?? ''} autoComplete="off" {...aria} />}
            </FormField>
          )}
          submitLabel="Save forwarding"
          successMessage={`Forwarding saved for ${number.number}`}
          failureTitle="The forwarding was not saved."
        />
      ) : null}
    </div>
  );
}
