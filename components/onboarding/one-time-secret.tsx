'use client';

import { useState } from 'react';
import { Check, Copy, Eye, EyeOff, KeyRound } from 'lucide-react';
import { toast } from 'sonner';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { OnboardingSecret } from '@/lib/onboarding/onboarding-records';

type OneTimeSecretProps = {
  secret: OnboardingSecret;
  providerName: string;
  continueLabel: string;
  /** Leaving this screen forgets the secret: the wizard drops it from memory. */
  onContinue: () => void;
};

/**
 * The new account's credentials, shown this once. They exist only in this page's memory:
 * the portal stores the token encrypted, never the password, and shows neither again.
 */
export function OneTimeSecret({ secret, providerName, continueLabel, onContinue }: OneTimeSecretProps) {
  return (
    <div className="flex flex-col gap-5">
      <Alert variant="success" role="status" title={`Account ${secret.providerAccountId} created at ${providerName}`}>
        Copy what the customer needs now. It is shown only this once: the portal keeps the auth token encrypted and cannot show it again, not even to admins.
      </Alert>
      {secret.authToken ? <SecretValue id="new-auth-token" label="Auth token" value={secret.authToken} /> : null}
      {secret.generatedPassword ? <SecretValue id="new-password" label="Password" value={secret.generatedPassword} /> : null}
      <div className="flex items-center gap-3 border-t border-border pt-5">
        <Button onClick={onContinue}>{continueLabel}</Button>
        <p className="text-xs text-muted-foreground">After this, the token is gone from this page.</p>
      </div>
    </div>
  );
}

function SecretValue({ id, label, value }: { id: string; label: string; value: string }) {
  const [visible, setVisible] = useState(false);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(`${label} copied`);
    } catch {
      // Clipboard access can be refused (permissions, insecure context): the value can still be shown and selected.
      setVisible(true);
      toast.error('Copying was blocked by the browser; select the value and copy it by hand.');
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id} className="flex items-center gap-1.5">
        <KeyRound aria-hidden="true" className="size-4 text-muted-foreground" />
        {label}
      </Label>
      <div className="flex gap-2">
        <Input id={id} readOnly type={visible ? 'text' : 'password'} value={value} className="font-mono" spellCheck={false} autoComplete="off" onFocus={(event) => event.currentTarget.select()} />
        <Button variant="secondary" size="icon" aria-label={visible ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`} onClick={() => setVisible(!visible)}>
          {visible ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
        </Button>
        <Button variant="secondary" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}
