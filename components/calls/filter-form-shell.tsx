'use client';

import { useTransition, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';

/**
 * A GET form that leaves blank fields out of the URL, so a shared link reads
 * `?status=BUSY&customerId=…` rather than a row of empty parameters. Without JavaScript
 * the browser submits it as a plain GET form, blanks included, which the server ignores.
 */
export function FilterFormShell({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={label}
      aria-busy={pending}
      className="flex flex-col gap-4 aria-busy:opacity-70"
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
        const search = params.toString();
        startTransition(() => router.push(search ? `${action}?${search}` : action));
      }}
    >
      {children}
    </form>
  );
}
