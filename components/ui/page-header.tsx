import Link from 'next/link';
import { ChevronLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { LinkPendingIndicator } from './link-pending-indicator';
import { cn } from '@/lib/ui/cn';

type PageHeaderProps = {
  title: ReactNode;
  /** Shown beside the title but outside the heading, e.g. a status badge. */
  badge?: ReactNode;
  description?: ReactNode;
  /** Buttons or badges shown beside the title. */
  actions?: ReactNode;
  back?: { href: string; label: string };
  className?: string;
};

export function PageHeader({ title, badge, description, actions, back, className }: PageHeaderProps) {
  return (
    <header className={cn('mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between', className)}>
      <div className="min-w-0">
        {back ? (
          <Link
            href={back.href}
            className="mb-2 -ml-1 inline-flex items-center gap-0.5 rounded-sm text-sm text-muted-foreground hover:text-foreground"
          >
            <ChevronLeft aria-hidden="true" className="size-4" />
            {back.label}
            <LinkPendingIndicator className="ml-1" />
          </Link>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-xl font-semibold tracking-tight text-balance text-foreground sm:text-2xl">{title}</h1>
          {badge}
        </div>
        {description ? <div className="mt-1 text-sm text-muted-foreground">{description}</div> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </header>
  );
}
