import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { RadioTower } from 'lucide-react';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert } from '@/components/ui/alert';
import { getScope } from '@/lib/auth/session';
import { HOME_PATH } from '@/lib/tenancy/scope';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; notice?: string | string[]; email?: string | string[] }> }) {
  const scope = await getScope();
  if (scope) redirect(HOME_PATH[scope.area]);

  const { callbackUrl, notice, email } = await searchParams;
  // Set by the invitation page once the invited person has chosen a password.
  const accountCreated = notice === 'account-created';

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <span className="mb-4 flex size-10 items-center justify-center rounded-lg bg-accent text-accent-foreground shadow-sm">
            <RadioTower aria-hidden="true" className="size-5" />
          </span>
          <h1 className="text-xl font-semibold tracking-tight text-foreground">Sign in to Partner Portal</h1>
          <p className="mt-1 text-sm text-muted-foreground">Welcome back. Enter your details to continue.</p>
        </div>
        {accountCreated ? (
          <Alert variant="success" role="status" title="Your account is ready" className="mb-4">
            Sign in with your email and the password you just chose.
          </Alert>
        ) : null}
        <div className="rounded-lg border border-border bg-card p-6 shadow-sm">
          <SignInForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} defaultEmail={accountCreated && typeof email === 'string' ? email : undefined} />
        </div>
        <p className="mt-6 text-center text-xs text-muted-foreground">
          Trouble signing in? Ask your account administrator to reset your access.
        </p>
      </div>
    </main>
  );
}
