import type { ComponentProps } from 'react';
import { cn } from '@/lib/ui/cn';

/** A native <select> styled like components/ui/input: keyboard and screen readers work as the browser's own. */
export function NativeSelect({ className, ...props }: ComponentProps<'select'>) {
  return (
    <select
      className={cn(
        'h-9 w-full min-w-0 rounded-md border border-input bg-card px-2.5 text-sm text-foreground shadow-xs',
        'focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none',
        'aria-invalid:border-danger aria-invalid:ring-danger/20',
        className,
      )}
      {...props}
    />
  );
}
