import { Badge } from '@/components/ui/badge';

/** The rule is in lib/customers/low-balance.ts; the title repeats it for whoever wonders. */
export function LowBalanceBadge({ threshold }: { threshold: string | null }) {
  return (
    <Badge
      tone="warning"
      title={threshold === null ? 'Below the default: 10.00 prepaid, or under a tenth of the credit limit left' : `Below this customer’s threshold of ${threshold}`}
    >
      Low balance
    </Badge>
  );
}
