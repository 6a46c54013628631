import { Check, CircleAlert } from 'lucide-react';
import type { OnboardingStep } from '@/lib/db/client';
import { cn } from '@/lib/ui/cn';

const STEPS: Array<{ step: OnboardingStep; label: string }> = [
  { step: 'PROVISION', label: 'Account' },
  { step: 'FUND', label: 'Opening balance' },
  { step: 'ASSIGN_NUMBER', label: 'Number' },
  { step: 'DONE', label: 'Done' },
];
const ORDER: OnboardingStep[] = STEPS.map((entry) => entry.step);

type OnboardingProgressProps = { current: OnboardingStep; failed: boolean; withFunding: boolean };

/** Where the onboarding stands; a step that stopped is marked, so staff see what to resume. */
export function OnboardingProgress({ current, failed, withFunding }: OnboardingProgressProps) {
  const steps = STEPS.filter((entry) => withFunding || entry.step !== 'FUND');
  return (
    <ol aria-label="Onboarding steps" className="mb-5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      {steps.map((entry, index) => {
        const done = ORDER.indexOf(entry.step) < ORDER.indexOf(current) || current === 'DONE';
        const active = entry.step === current && current !== 'DONE';
        return (
          <li key={entry.step} aria-current={active ? 'step' : undefined} className="flex items-center gap-2">
            {index > 0 ? <span aria-hidden="true" className="h-px w-6 bg-border" /> : null}
            <span
              className={cn(
                'inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 ring-1 ring-inset ring-border',
                done && 'text-muted-foreground',
                active && !failed && 'bg-accent-subtle text-accent ring-accent/20',
                active && failed && 'bg-danger-subtle text-danger ring-danger/20',
              )}
            >
              {done ? <Check aria-hidden="true" className="size-3.5" /> : active && failed ? <CircleAlert aria-hidden="true" className="size-3.5" /> : null}
              {entry.label}
              {active && failed ? <span className="sr-only"> (stopped here)</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
