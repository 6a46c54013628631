'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { LoaderCircle } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** Only same-origin destinations are followed, so a crafted link cannot send users elsewhere. */
function safeDestination(callbackUrl: string | undefined): string {
  if (!callbackUrl) return '/';
  try {
    const url = new URL(callbackUrl, window.location.origin);
    if (url.origin !== window.location.origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

// next-auth's generic code when a provider rejects without its own message.
const GENERIC_ERRORS: Record<string, string> = {
  CredentialsSignin: 'Incorrect email or password.',
};

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      // next-auth reports a rejected sign-in with ok still true, so the error decides.
      if (!result || result.error || !result.ok) {
        setError(GENERIC_ERRORS[result?.error ?? ''] ?? result?.error ?? 'Sign-in failed. Please try again.');
        setPending(false);
        return;
      }
      // A full load, so every server component renders with the new session.
      window.location.assign(safeDestination(callbackUrl));
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
      setPending(false);
    }
  }

  return (
    // POST even before hydration: a native submit must never put the password in the URL.
    <form method="post" onSubmit={handleSubmit} className="flex flex-col gap-4" aria-busy={pending}>
      {error ? (
        <Alert variant="error" role="alert">
          {error}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-2">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          autoFocus={!defaultEmail}
          defaultValue={defaultEmail}
          aria-invalid={error ? true : undefined}
          placeholder="you@company.com"
        />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus={Boolean(defaultEmail)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <Button type="submit" disabled={pending} className="mt-1 w-full">
        {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
        Sign in
      </Button>
    </form>
  );
}
