import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { HealthStatus } from '@/lib/connections/connection-health';

const HEALTH: Record<HealthStatus, { label: string; tone: BadgeTone }> = {
  healthy: { label: 'Healthy', tone: 'success' },
  failing: { label: 'Failing', tone: 'danger' },
  unknown: { label: 'Not checked yet', tone: 'neutral' },
};

/** Health from the connection's latest provider call: the newer of its last success and last error wins. */
export function ConnectionHealthBadge({ status }: { status: HealthStatus }) {
  const { label, tone } = HEALTH[status];
  return (
    <Badge tone={tone} dot>
      {label}
    </Badge>
  );
}
