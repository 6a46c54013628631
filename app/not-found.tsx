import type { Metadata } from 'next';
import Link from 'next/link';
import { FileQuestion } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-16">
      <div className="flex max-w-md flex-col items-center text-center">
        <div className="mb-5 flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <FileQuestion aria-hidden="true" className="size-6" />
        </div>
        <p className="text-sm font-medium text-accent">404</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-foreground">Page not found</h1>
        <p className="mt-2 text-sm text-muted-foreground">
          The page you are looking for does not exist, has moved, or is not available to your account.
        </p>
        <Link href="/" className={buttonVariants({ className: 'mt-6' })}>
          Back to home
        </Link>
      </div>
    </main>
  );
}
