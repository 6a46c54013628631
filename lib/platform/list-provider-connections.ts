import { z } from 'zod';
import type { HealthStatus } from '../connections/connection-health.ts';
import { connectionRecordSelect, toConnectionView, type ConnectionView } from '../connections/connection-view.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { assertPlatformScope, type PlatformScope } from './platform-scope.ts';

export type ProviderConnectionRow = Pick<ConnectionView, 'id' | 'kind' | 'providerName' | 'label' | 'health' | 'rateLimits' | 'customerCount'> & {
  partner: { id: string; name: string; status: 'ACTIVE' | 'SUSPENDED' };
};

export const HEALTH_FILTERS = ['failing', 'unknown', 'healthy'] as const satisfies readonly HealthStatus[];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// The URL is the page's state and anyone can edit it: nonsense falls back to "all".
const connectionFiltersSchema = z.object({
  partner: z.preprocess(first, z.string().trim().min(1).max(64).optional()).catch(undefined),
  health: z.preprocess(first, z.enum(HEALTH_FILTERS).optional()).catch(undefined),
});

export type ConnectionFilters = { partnerId?: string; health?: HealthStatus };

export function parseConnectionFilters(params: Record<string, string | string[] | undefined>): ConnectionFilters {
  const parsed = connectionFiltersSchema.parse(params);
  return { partnerId: parsed.partner, health: parsed.health };
}

/**
 * Every partner's provider connections with their health (from the last provider call) and
 * the provider's rate budget where it limits calls. Failing connections come first. Only
 * non-secret facts leave this function: no credentials, no base URL.
 */
export async function listProviderConnections(scope: PlatformScope, filters: ConnectionFilters = {}): Promise<ProviderConnectionRow[]> {
  assertPlatformScope(scope, 'view every partner’s connections');
  const rows = await scopedDb(scope).providerConnection.findMany({
    where: filters.partnerId ? { partnerId: filters.partnerId } : {},
    select: { ...connectionRecordSelect, partner: { select: { id: true, name: true, status: true } } },
    orderBy: [{ partner: { name: 'asc' } }, { label: 'asc' }],
  });
  const views = await Promise.all(
    rows.map(async ({ partner, ...row }) => {
      const view = await toConnectionView(row);
      return {
        id: view.id,
        kind: view.kind,
        providerName: view.providerName,
        label: view.label,
        health: view.health,
        rateLimits: view.rateLimits,
        customerCount: view.customerCount,
        partner,
      } satisfies ProviderConnectionRow;
    }),
  );
  const order: Record<HealthStatus, number> = { failing: 0, unknown: 1, healthy: 2 };
  return views
    .filter((view) => !filters.health || view.health.status === filters.health)
    .sort((a, b) => order[a.health.status] - order[b.health.status]);
}
