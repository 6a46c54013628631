'use client';

import { LoaderCircle } from 'lucide-react';
import type { AssignableNumberChoice } from '@/app/partner/numbers/actions';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/ui/cn';
import { numberTypeLabel } from './number-labels';

type NumberChoiceListProps = {
  loading: boolean;
  failed: string | null;
  notice: string | null;
  choices: AssignableNumberChoice[] | null;
  selected: string;
  onPick: (choice: AssignableNumberChoice) => void;
  awaitingSearch: boolean;
};

/** The numbers to choose from, as radio buttons: choosing one fills in the number and its price. */
export function NumberChoiceList({ loading, failed, notice, choices, selected, onPick, awaitingSearch }: NumberChoiceListProps) {
  if (awaitingSearch) return <p className="text-sm text-muted-foreground">Enter a country to see the numbers available there.</p>;
  if (loading && !choices) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
        <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
        Loading numbers…
      </p>
    );
  }
  if (failed) return <Alert variant="error" title="Numbers unavailable">{failed}</Alert>;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-foreground">Available numbers</legend>
      {notice ? <p className="text-xs text-muted-foreground">{notice}</p> : null}
      {choices && choices.length === 0 ? <p className="text-sm text-muted-foreground">No unassigned numbers found. Try another country or type.</p> : null}
      <div className="flex max-h-64 flex-col gap-1.5 overflow-y-auto pr-1">
        {choices?.map((choice) => (
          <label
            key={choice.number}
            className={cn(
              'flex cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2 text-sm hover:bg-muted/60',
              selected === choice.number && 'border-accent bg-accent-subtle',
            )}
          >
            <input type="radio" name="choice" value={choice.number} checked={selected === choice.number} onChange={() => onPick(choice)} className="size-4 accent-accent" />
            <span className="font-mono tabular-nums">{choice.number}</span>
            {choice.type ? <span className="text-muted-foreground">{numberTypeLabel(choice.type)}</span> : null}
            {choice.onCustomerAccount ? <Badge tone="success">On this customer’s account</Badge> : null}
            <span className="ml-auto text-muted-foreground tabular-nums">{choice.monthlyPriceText ? `${choice.monthlyPriceText}/month` : 'Price not listed'}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
