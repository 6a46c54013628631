'use client';

import Form from 'next/form';
import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { UsagePeriodPreset } from '@/lib/usage/charts/usage-period';
import { PRESET_LABEL } from './usage-period-labels';

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-card px-2.5 text-sm text-foreground shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none';

type UsageFiltersProps = {
  action: string;
  preset: UsagePeriodPreset;
  /** The days shown in the date fields: the custom range as typed, or the preset's days. */
  from: string;
  to: string;
  today: string;
  fieldErrors: Record<string, string[]>;
  /** Partner staff only: the customer filter's choices. */
  customers?: { choices: Array<{ id: string; name: string }>; selected?: string; complete: boolean };
};

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-xs text-danger">
      {errors.join(' ')}
    </p>
  );
}

/**
 * A GET form, so the period and customer live in the URL (bookmarkable, shareable) and it
 * works without JavaScript. With it, choosing a preset or a customer applies at once and
 * editing a date switches to a custom range.
 */
export function UsageFilters({ action, preset, from, to, today, fieldErrors, customers }: UsageFiltersProps) {
  const form = useRef<HTMLFormElement>(null);
  const period = useRef<HTMLSelectElement>(null);
  const submit = () => form.current?.requestSubmit();
  return (
    <Form ref={form} action={action} role="search" aria-label="Choose the period" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
      <div className="flex min-w-40 flex-col gap-1.5">
        <Label htmlFor="usage-period" className="text-xs text-muted-foreground">
          Period
        </Label>
        <select
          key={preset}
          ref={period}
          id="usage-period"
          name="period"
          defaultValue={preset}
          className={SELECT_CLASS}
          onChange={(event) => {
            if (event.target.value !== 'custom') submit();
          }}
        >
          {Object.entries(PRESET_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:w-80">
        {(
          [
            ['from', 'From', from],
            ['to', 'To', to],
          ] as const
        ).map(([name, label, value]) => (
          <div key={name} className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={`usage-${name}`} className="text-xs text-muted-foreground">
              {label}
            </Label>
            <Input
              key={value}
              id={`usage-${name}`}
              name={name}
              type="date"
              defaultValue={value}
              max={today}
              aria-invalid={fieldErrors[name] ? true : undefined}
              aria-describedby={fieldErrors[name] ? `usage-${name}-error` : undefined}
              onChange={() => {
                if (period.current) period.current.value = 'custom';
              }}
            />
            <FieldError id={`usage-${name}-error`} errors={fieldErrors[name]} />
          </div>
        ))}
      </div>
      {customers ? (
        <div className="flex min-w-48 flex-col gap-1.5 sm:max-w-64">
          <Label htmlFor="usage-customer" className="text-xs text-muted-foreground">
            Customer
          </Label>
          <select key={customers.selected ?? ''} id="usage-customer" name="customer" defaultValue={customers.selected ?? ''} className={SELECT_CLASS} onChange={submit}>
            <option value="">All customers</option>
            {customers.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
          {customers.complete ? null : <p className="text-xs text-muted-foreground">Others: choose them in the top customers table.</p>}
        </div>
      ) : null}
      <Button type="submit" variant="secondary" className="sm:mt-[1.375rem]">
        Apply
      </Button>
    </Form>
  );
}
