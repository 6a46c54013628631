import type { ComponentProps } from 'react';
import { cn } from '@/lib/ui/cn';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: 'bg-muted text-muted-foreground ring-border',
  accent: 'bg-accent-subtle text-accent ring-accent/20',
  success: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-400 dark:ring-emerald-400/20',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-500/10 dark:text-amber-300 dark:ring-amber-400/20',
  danger: 'bg-danger-subtle text-danger ring-danger/20',
};

const DOT_CLASSES: Record<BadgeTone, string> = {
  neutral: 'bg-muted-foreground/70',
  accent: 'bg-accent',
  success: 'bg-emerald-500',
  warning: 'bg-amber-500',
  danger: 'bg-danger',
};

type BadgeProps = ComponentProps<'span'> & { tone?: BadgeTone; dot?: boolean };

/** A small status label. The dot is decorative: the text always carries the meaning. */
export function Badge({ tone = 'neutral', dot = false, className, children, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        TONE_CLASSES[tone],
        className,
      )}
      {...props}
    >
      {dot ? <span aria-hidden="true" className={cn('size-1.5 rounded-full', DOT_CLASSES[tone])} /> : null}
      {children}
    </span>
  );
}
