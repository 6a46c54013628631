'use client';

import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { LoaderCircle, LogOut } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/ui/cn';

export function SignOutButton({ className }: { className?: string }) {
  const [pending, setPending] = useState(false);

  async function handleClick() {
    setPending(true);
    try {
      await signOut({ callbackUrl: '/sign-in' });
    } catch {
      // signOut only fails when the server is unreachable; let the user try again.
      setPending(false);
    }
  }

  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={handleClick}
      disabled={pending}
      aria-busy={pending}
      className={cn('justify-start text-muted-foreground hover:text-foreground', className)}
    >
      {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <LogOut aria-hidden="true" />}
      Sign out
    </Button>
  );
}
