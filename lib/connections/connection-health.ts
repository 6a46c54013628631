import type { PrismaClient } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import type { Outcome } from '../providers/http/provider-http.ts';

export type HealthStatus = 'healthy' | 'failing' | 'unknown';

export function healthStatus(connection: { lastSuccessAt: Date | null; lastErrorAt: Date | null }): HealthStatus {
  const { lastSuccessAt, lastErrorAt } = connection;
  if (!lastSuccessAt && !lastErrorAt) return 'unknown';
  if (!lastErrorAt) return 'healthy';
  if (!lastSuccessAt) return 'failing';
  return lastSuccessAt > lastErrorAt ? 'healthy' : 'failing';
}

/**
 * Records a provider call's outcome on its connection. Only the typed error's message is
 * kept: the HTTP layer already scrubbed credentials from it, and it never holds a body.
 */
export async function recordConnectionOutcome(db: PrismaClient, connectionId: string, outcome: Outcome, at = new Date()): Promise<void> {
  try {
    await db.providerConnection.update({
      where: { id: connectionId },
      data: outcome.ok ? { lastSuccessAt: at } : { lastErrorAt: at, lastError: outcome.error.message.slice(0, 500) },
    });
  } catch (error) {
    // Health bookkeeping must never fail the user's request.
    logger.warn({ connectionId, err: error instanceof Error ? error.message : String(error) }, 'could not record connection health');
  }
}
