import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<string, BadgeTone> = {
  paid: 'success',
  issued: 'accent',
  open: 'warning',
  overdue: 'danger',
  draft: 'neutral',
  void: 'neutral',
};

/** A portal status (ISSUED) or a provider's own word (open, paid), shown the same way. */
export function InvoiceStatusBadge({ status }: { status: string }) {
  const key = status.toLowerCase();
  const label = key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
  return (
    <Badge tone={TONES[key] ?? 'neutral'} dot>
      {label}
    </Badge>
  );
}
