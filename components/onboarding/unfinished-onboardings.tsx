import Link from 'next/link';
import { ChevronRight } from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LinkPendingIndicator } from '@/components/ui/link-pending-indicator';
import { LocalTime } from '@/components/ui/local-time';
import type { UnfinishedOnboarding } from '@/lib/onboarding/get-onboarding-view';
import type { OnboardingFailureKind } from '@/lib/onboarding/onboarding-failure';
import { onboardingPath } from './onboarding-paths';

const STOPPED_AT = { PROVISION: 'creating the account', FUND: 'the opening balance', ASSIGN_NUMBER: 'the number', DONE: 'done' } as const;

const BADGE: Record<OnboardingFailureKind | 'none', { text: string; tone: BadgeTone }> = {
  none: { text: 'Next', tone: 'neutral' },
  sending: { text: 'In progress', tone: 'accent' },
  unknown: { text: 'Unconfirmed at', tone: 'warning' },
  refused: { text: 'Failed at', tone: 'danger' },
  unavailable: { text: 'Failed at', tone: 'danger' },
};

/** Onboardings that stopped before the end, each resumable where it stopped. */
export function UnfinishedOnboardings({ items }: { items: UnfinishedOnboarding[] }) {
  if (items.length === 0) return null;
  return (
    <Card className="mb-6">
      <CardHeader>
        <CardTitle>Unfinished onboardings</CardTitle>
        <CardDescription>These customers exist in the portal; resuming continues at the step that stopped and never opens a second account.</CardDescription>
      </CardHeader>
      <ul aria-label="Unfinished onboardings" className="divide-y divide-border">
        {items.map((item) => (
          <li key={item.customerId}>
            <Link href={onboardingPath(item.customerId)} className="flex items-center gap-3 px-4 py-3 text-sm hover:bg-muted/50 focus-visible:bg-muted/50 focus-visible:outline-none">
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium text-foreground">Resume onboarding of {item.customerName}</span>
                <span className="block truncate text-xs text-muted-foreground">
                  {item.email} · {item.connectionLabel} · <LocalTime value={item.updatedAt} />
                </span>
              </span>
              <Badge tone={BADGE[item.failure?.kind ?? 'none'].tone}>
                {BADGE[item.failure?.kind ?? 'none'].text}: {STOPPED_AT[item.step]}
              </Badge>
              <LinkPendingIndicator />
              <ChevronRight aria-hidden="true" className="size-4 text-muted-foreground" />
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
