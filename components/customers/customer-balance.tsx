import { formatMoney } from '@/lib/money/format-money';
import { cn } from '@/lib/ui/cn';

/** An amount in tabular digits; negative balances stand out because they usually need action. */
export function CustomerBalance({ amount, currency, className }: { amount: string; currency: string; className?: string }) {
  const negative = amount.trim().startsWith('-');
  return (
    <span className={cn('tabular-nums', negative && 'text-danger', className)}>{formatMoney(amount, currency)}</span>
  );
}
