'use client';

import { Plus } from 'lucide-react';
import { createPriceListAction } from '@/app/partner/pricing/actions';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { PricingFormDialog } from './pricing-form-dialog';

type CreatePriceListDialogProps = { defaultCurrency: string; label: string; variant?: ButtonVariant };

/** A new, empty price list for one currency. */
export function CreatePriceListDialog({ defaultCurrency, label, variant }: CreatePriceListDialogProps) {
  return (
    <PricingFormDialog
      trigger={
        <Button variant={variant}>
          <Plus aria-hidden="true" />
          {label}
        </Button>
      }
      title="New price list"
      description="A price list prices the calls of every customer billed in its currency. You can have one per currency."
      action={createPriceListAction}
      hidden={{}}
      fieldNames={['name', 'currency']}
      fields={(errors) => (
        <>
          <FormField id="price-list-name" label="Name" errors={errors.name} hint="Shown to your staff, e.g. Retail 2026.">
            {(aria) => <Input id="price-list-name" name="name" autoComplete="off" maxLength={80} defaultValue={`Retail (${defaultCurrency})`} {...aria} />}
          </FormField>
          <FormField id="price-list-currency" label="Currency" errors={errors.currency} hint="Three-letter ISO code, e.g. USD. Rates in this list are in it.">
            {(aria) => <Input id="price-list-currency" name="currency" autoComplete="off" maxLength={3} className="w-24 uppercase" defaultValue={defaultCurrency} {...aria} />}
          </FormField>
        </>
      )}
      submitLabel="Create price list"
      failureTitle="The price list was not created."
    />
  );
}
