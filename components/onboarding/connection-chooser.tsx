'use client';

import { Check, Info } from 'lucide-react';
import type { OnboardingConnectionChoice } from '@/lib/onboarding/list-onboarding-connections';
import { cn } from '@/lib/ui/cn';

type ConnectionChooserProps = {
  connections: OnboardingConnectionChoice[];
  selectedId: string;
  onSelect: (connectionId: string) => void;
  errors?: string[];
};

/** Radio cards: each of the partner's connections, with what onboarding on it will do. */
export function ConnectionChooser({ connections, selectedId, onSelect, errors }: ConnectionChooserProps) {
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={invalid ? 'connection-error' : undefined}>
      <legend className="mb-2 text-sm font-medium text-foreground">Provider connection</legend>
      <div className="grid gap-2 md:grid-cols-2">
        {connections.map((connection) => {
          const selected = connection.id === selectedId;
          return (
            <label
              key={connection.id}
              className={cn(
                'flex cursor-pointer flex-col gap-2 rounded-lg border border-border bg-card p-3.5 text-sm shadow-xs transition-colors hover:bg-muted/50',
                'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-ring',
                selected && 'border-accent bg-accent-subtle/60 hover:bg-accent-subtle/60',
              )}
            >
              <span className="flex items-center gap-2.5">
                <input
                  type="radio"
                  name="connectionId"
                  value={connection.id}
                  checked={selected}
                  onChange={() => onSelect(connection.id)}
                  className="size-4 accent-accent"
                />
                <span className="font-medium text-foreground">{connection.label}</span>
                <span className="ml-auto text-xs text-muted-foreground">{connection.displayName}</span>
              </span>
              <ul className="flex flex-col gap-1 pl-6.5 text-xs text-muted-foreground">
                {whatHappens(connection).map((line) => (
                  <li key={line.text} className="flex gap-1.5">
                    {line.done ? <Check aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-emerald-600" /> : <Info aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />}
                    <span>{line.text}</span>
                  </li>
                ))}
              </ul>
            </label>
          );
        })}
      </div>
      {invalid ? (
        <p id="connection-error" className="text-sm text-danger">
          {errors!.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Per provider kind, in plain words: the account, the opening balance, the number. */
function whatHappens(connection: OnboardingConnectionChoice): Array<{ text: string; done: boolean }> {
  const provider = connection.displayName;
  const account =
    connection.mode === 'create'
      ? { text: `Creates the customer’s account at ${provider}; its credential is stored encrypted.`, done: true }
      : { text: `Links an existing ${provider} account by its API key. ${connection.createReason ?? ''}`.trim(), done: false };
  const fund = connection.fund.supported
    ? { text: `Optional opening balance, moved from your ${provider} balance.`, done: true }
    : { text: `No opening balance: ${connection.fund.reason}`, done: false };
  const numbers =
    connection.numbers.mode === 'provider'
      ? { text: `Optional number, assigned at ${provider}.`, done: true }
      : connection.numbers.mode === 'portal-listed'
        ? { text: `Optional number from your ${provider} numbers, recorded in the portal.`, done: false }
        : { text: 'Optional number, typed in and recorded in the portal.', done: false };
  return [account, fund, numbers];
}
