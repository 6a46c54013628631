import { Badge } from '@/components/ui/badge';

/** Whether a user can sign in. */
export function UserStatusBadge({ disabledAt }: { disabledAt: Date | null }) {
  return disabledAt ? (
    <Badge tone="neutral" dot>
      Disabled
    </Badge>
  ) : (
    <Badge tone="success" dot>
      Active
    </Badge>
  );
}
