'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { LoaderCircle } from 'lucide-react';
import { toast } from 'sonner';
import type { ConnectionFormState } from '@/app/partner/connections/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { ConnectionView } from '@/lib/connections/connection-view';
import type { ProviderChoice } from '@/lib/connections/provider-choices';
import { CAPABILITY_LABEL } from './capability-labels';
import { FormErrorSummary, FormField, otherErrors, SavedStatus } from '@/components/ui/form-field';

type ConnectionFormProps = {
  action: (state: ConnectionFormState, formData: FormData) => Promise<ConnectionFormState>;
  /** Every kind when adding; only the connection's own kind when editing. */
  providers: ProviderChoice[];
  /** The stored connection when editing. Its secrets arrive only as a mask and are never prefilled. */
  connection?: Pick<ConnectionView, 'kind' | 'label' | 'baseUrl' | 'credentials'>;
  submitLabel: string;
};

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-card px-3 text-sm text-foreground shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none aria-invalid:border-danger';

export function ConnectionForm({ action, providers, connection, submitLabel }: ConnectionFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const [kind, setKind] = useState(connection?.kind ?? providers[0]?.kind);
  const provider = providers.find((choice) => choice.kind === kind);
  const [baseUrl, setBaseUrl] = useState(connection?.baseUrl ?? provider?.defaultBaseUrl ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state?.fieldErrors ?? {};

  useEffect(() => {
    const form = formRef.current;
    if (!form || !state) return;
    if (state.saved) {
      // Saved secrets are write-only: clear them from the page, the mask now stands for them.
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
      toast.success('Changes saved');
      return;
    }
    // After a rejected save, take keyboard and screen-reader users to the first problem.
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  function chooseProvider(nextKind: string) {
    const next = providers.find((choice) => choice.kind === nextKind);
    if (!next) return;
    // Follow the provider's default unless the user typed an address of their own.
    if (baseUrl.trim() === '' || baseUrl === provider?.defaultBaseUrl) setBaseUrl(next.defaultBaseUrl);
    setKind(next.kind);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand skips React's automatic form reset, so a rejected save keeps what was typed.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const fieldNames = ['kind', 'label', 'baseUrl', ...(provider?.credentialFields ?? []).map((field) => `credentials.${field.name}`)];
  const unplacedErrors = otherErrors(errors, fieldNames);

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit} noValidate aria-busy={pending} className="flex flex-col gap-5">
      <FormErrorSummary title="The connection was not saved." formError={state?.formError} errors={unplacedErrors} />

      <FormField id="connection-kind" label="Provider" errors={errors.kind} hint={provider ? supportedSummary(provider) : undefined}>
        {(aria) =>
          connection ? (
            <>
              <input type="hidden" name="kind" value={connection.kind} />
              <Input id="connection-kind" value={provider?.displayName ?? connection.kind} readOnly disabled {...aria} />
            </>
          ) : (
            <select id="connection-kind" name="kind" value={kind} onChange={(event) => chooseProvider(event.target.value)} className={SELECT_CLASS} {...aria}>
              {providers.map((choice) => (
                <option key={choice.kind} value={choice.kind}>
                  {choice.displayName}
                </option>
              ))}
            </select>
          )
        }
      </FormField>

      <FormField id="connection-label" label="Name" errors={errors.label} hint="How this connection appears in the portal, e.g. “Vobiz – production”.">
        {(aria) => <Input id="connection-label" name="label" defaultValue={connection?.label} maxLength={60} required autoComplete="off" {...aria} />}
      </FormField>

      <FormField id="connection-base-url" label="API base URL" errors={errors.baseUrl} hint="Where the provider’s API answers. The suggestion is the provider’s own address.">
        {(aria) => (
          <Input
            id="connection-base-url"
            name="baseUrl"
            type="url"
            inputMode="url"
            value={baseUrl}
            onChange={(event) => setBaseUrl(event.target.value)}
            required
            autoComplete="off"
            spellCheck={false}
            {...aria}
          />
        )}
      </FormField>

      {provider && provider.credentialFields.length > 0 ? (
        // Keyed by provider, so switching providers never carries one provider's values into another's fields.
        <fieldset key={provider.kind} className="flex flex-col gap-5 border-t border-border pt-5">
          <legend className="float-left w-full text-sm font-semibold text-foreground">{provider.displayName} credentials</legend>
          {provider.credentialFields.map((field) => {
            const stored = connection?.credentials.find((credential) => credential.name === field.name);
            const id = `credential-${field.name}`;
            const storedHint = field.secret && stored?.display ? `Stored (${stored.display}) — leave blank to keep it.` : null;
            return (
              <FormField
                key={field.name}
                id={id}
                label={field.label}
                optional={field.optional}
                errors={errors[`credentials.${field.name}`]}
                hint={[storedHint, field.help].filter(Boolean).join(' ') || undefined}
              >
                {(aria) =>
                  field.secret ? (
                    // Write-only: always empty; "new-password" stops browsers filling in the user's own saved password.
                    <Input
                      id={id}
                      name={`credentials.${field.name}`}
                      type="password"
                      autoComplete="new-password"
                      spellCheck={false}
                      placeholder={stored?.display ? 'Leave blank to keep the stored value' : field.placeholder}
                      required={!field.optional && !stored?.display}
                      {...aria}
                    />
                  ) : (
                    <Input
                      id={id}
                      name={`credentials.${field.name}`}
                      defaultValue={stored?.display ?? ''}
                      autoComplete="off"
                      spellCheck={false}
                      placeholder={field.placeholder}
                      required={!field.optional}
                      {...aria}
                    />
                  )
                }
              </FormField>
            );
          })}
        </fieldset>
      ) : null}

      <div className="flex items-center gap-3 border-t border-border pt-5">
        <Button type="submit" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
          {pending ? 'Saving…' : submitLabel}
        </Button>
        <SavedStatus saved={Boolean(state?.saved) && !pending} />
      </div>
    </form>
  );
}

function supportedSummary(provider: ProviderChoice): string {
  if (provider.supported.length === 0) return `${provider.displayName} offers none of the portal’s operations.`;
  return `Supports: ${provider.supported.map((capability) => CAPABILITY_LABEL[capability]).join(', ')}.`;
}



