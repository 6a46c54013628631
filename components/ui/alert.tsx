import { CircleAlert, CircleCheck, Info } from 'lucide-react';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/ui/cn';

export type AlertVariant = 'info' | 'success' | 'error';

const VARIANTS: Record<AlertVariant, { icon: typeof Info; className: string }> = {
  info: { icon: Info, className: 'border-border bg-muted/60 text-foreground [&>svg]:text-muted-foreground' },
  success: {
    icon: CircleCheck,
    className:
      'border-emerald-600/25 bg-emerald-50 text-emerald-900 dark:bg-emerald-500/10 dark:text-emerald-200 [&>svg]:text-emerald-600',
  },
  error: { icon: CircleAlert, className: 'border-danger/30 bg-danger-subtle text-danger [&>svg]:text-danger' },
};

type AlertProps = ComponentProps<'div'> & { variant?: AlertVariant; title?: string };

/** Callers choose the role: "alert" for messages that must be announced right away. */
export function Alert({ variant = 'info', title, className, children, ...props }: AlertProps) {
  const { icon: Icon, className: variantClassName } = VARIANTS[variant];
  return (
    <div
      className={cn('flex gap-3 rounded-md border px-3.5 py-3 text-sm', variantClassName, className)}
      {...props}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className={cn(title && 'mt-0.5 opacity-90')}>{children}</div> : null}
      </div>
    </div>
  );
}
