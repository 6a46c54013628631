'use client';

import { Pencil, Plus, Trash2 } from 'lucide-react';
import { deletePriceListEntryAction, savePriceListEntryAction } from '@/app/partner/pricing/actions';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { PriceListEntryRow } from '@/lib/rating/list-price-list-entries';
import { PricingFormDialog } from './pricing-form-dialog';

const FIELD_NAMES = ['prefix', 'description', 'ratePerMinute', 'billingIncrementSeconds', 'minimumSeconds', 'connectionFee'];

type EntryFieldsProps = { idPrefix: string; currency: string; entry: PriceListEntryRow | null; errors: Record<string, string[]> };

function EntryFields({ idPrefix, currency, entry, errors }: EntryFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField id={id('prefix')} label="Prefix" errors={errors.prefix} hint="Digits of the international number, e.g. 44 or 4420. The longest matching prefix prices a call.">
        {(aria) => <Input id={id('prefix')} name="prefix" inputMode="numeric" autoComplete="off" defaultValue={entry?.prefix ?? ''} {...aria} />}
      </FormField>
      <FormField id={id('description')} label="Destination" errors={errors.description} hint="E.g. United Kingdom – London.">
        {(aria) => <Input id={id('description')} name="description" autoComplete="off" maxLength={120} defaultValue={entry?.description ?? ''} {...aria} />}
      </FormField>
      <FormField id={id('rate')} label={`Rate per minute (${currency})`} errors={errors.ratePerMinute} hint="Up to 6 decimals, e.g. 0.0290.">
        {(aria) => <Input id={id('rate')} name="ratePerMinute" inputMode="decimal" autoComplete="off" defaultValue={entry?.ratePerMinute ?? ''} {...aria} />}
      </FormField>
      <FormField id={id('fee')} label={`Connection fee (${currency})`} optional errors={errors.connectionFee} hint="Charged once per answered call.">
        {(aria) => <Input id={id('fee')} name="connectionFee" inputMode="decimal" autoComplete="off" defaultValue={entry && entry.connectionFee !== '0' ? entry.connectionFee : ''} {...aria} />}
      </FormField>
      <FormField id={id('increment')} label="Billing increment (seconds)" errors={errors.billingIncrementSeconds} hint="60 bills per started minute, 1 per second.">
        {(aria) => <Input id={id('increment')} name="billingIncrementSeconds" inputMode="numeric" autoComplete="off" defaultValue={String(entry?.billingIncrementSeconds ?? 60)} {...aria} />}
      </FormField>
      <FormField id={id('minimum')} label="Minimum duration (seconds)" errors={errors.minimumSeconds} hint="An answered call is billed at least this long.">
        {(aria) => <Input id={id('minimum')} name="minimumSeconds" inputMode="numeric" autoComplete="off" defaultValue={String(entry?.minimumSeconds ?? 0)} {...aria} />}
      </FormField>
    </div>
  );
}

/** "Add entry" above the table. */
export function AddPriceListEntryButton({ priceListId, currency }: { priceListId: string; currency: string }) {
  return (
    <PricingFormDialog
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          Add entry
        </Button>
      }
      title="Add a price-list entry"
      description="New prices apply to calls synced from now on; re-rate a period to reprice calls already synced."
      className="max-w-2xl"
      action={savePriceListEntryAction}
      hidden={{ priceListId }}
      fieldNames={FIELD_NAMES}
      fields={(errors) => <EntryFields idPrefix="new-entry" currency={currency} entry={null} errors={errors} />}
      submitLabel="Add entry"
      failureTitle="The entry was not added."
    />
  );
}

/** Edit and Delete for one row. */
export function PriceListEntryActions({ priceListId, currency, entry }: { priceListId: string; currency: string; entry: PriceListEntryRow }) {
  return (
    <div className="flex justify-end gap-1">
      <PricingFormDialog
        trigger={
          <Button size="sm" variant="ghost" aria-label={`Edit prefix ${entry.prefix}`}>
            <Pencil aria-hidden="true" />
            <span className="hidden sm:inline">Edit</span>
          </Button>
        }
        title={`Edit prefix ${entry.prefix}`}
        description="The change applies to calls synced from now on; re-rate a period to reprice calls already synced."
        className="max-w-2xl"
        action={savePriceListEntryAction}
        hidden={{ priceListId, entryId: entry.id }}
        fieldNames={FIELD_NAMES}
        fields={(errors) => <EntryFields idPrefix={`entry-${entry.id}`} currency={currency} entry={entry} errors={errors} />}
        submitLabel="Save entry"
        failureTitle="The entry was not saved."
      />
      <PricingFormDialog
        trigger={
          <Button size="sm" variant="ghost" className="text-danger hover:bg-danger-subtle" aria-label={`Delete prefix ${entry.prefix}`}>
            <Trash2 aria-hidden="true" />
            <span className="hidden sm:inline">Delete</span>
          </Button>
        }
        title={`Delete prefix ${entry.prefix}?`}
        description={`Calls to ${entry.description} will be priced by the next shorter prefix in this list, or stay unrated if none matches.`}
        action={deletePriceListEntryAction}
        hidden={{ entryId: entry.id }}
        fieldNames={[]}
        fields={() => null}
        submitLabel="Delete entry"
        submitVariant="danger"
        failureTitle="The entry was not deleted."
      />
    </div>
  );
}
