'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LoaderCircle, RefreshCw } from 'lucide-react';
import { toast } from 'sonner';
import { reconcileFundingsAction } from '@/app/partner/wallet/actions';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { ReconcileSummary } from '@/lib/wallet/reconcile-pending-fundings';

function describe(summary: ReconcileSummary): string {
  if (summary.checked === 0) return 'Nothing to reconcile: no transfer is waiting for the provider.';
  const parts = [
    summary.settled ? `${summary.settled} settled` : null,
    summary.reversed ? `${summary.reversed} reversed` : null,
    summary.stillPending ? `${summary.stillPending} not found yet (checked again later)` : null,
    summary.unreachable ? `${summary.unreachable} could not be checked (provider not answering)` : null,
  ].filter(Boolean);
  return `Checked ${summary.checked} pending transfer${summary.checked === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

/** Asks the provider about pending fundings now (all of the partner's, or one customer's), then refreshes the page. */
export function ReconcileNowButton({ customerId, label = 'Reconcile now', variant = 'secondary' }: { customerId?: string; label?: string; variant?: ButtonVariant }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant={variant}
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          try {
            const result = await reconcileFundingsAction(customerId);
            if (result.ok) toast.success(describe(result.summary));
            else toast.error(result.message);
          } catch {
            toast.error('The portal did not answer; try again.');
          }
          router.refresh();
        })
      }
    >
      {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <RefreshCw aria-hidden="true" />}
      {pending ? 'Checking…' : label}
    </Button>
  );
}
