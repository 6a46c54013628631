import { systemDb } from '../db/client.ts';
import { decryptSecretJson } from '../secrets/encrypt-secret.ts';
import { providerDefinition } from '../providers/index.ts';
import type { AdapterContext } from '../providers/definition.ts';
import { databaseRateBudget } from '../providers/rate-budget/database-rate-budget.ts';
import type { ProviderAdapter, ProviderKind } from '../providers/types.ts';
import { recordConnectionOutcome } from './connection-health.ts';

export type ConnectionRow = { id: string; kind: ProviderKind; baseUrl: string; secretsEnc: string };

/**
 * The adapter for one stored connection: credentials decrypted only here, in memory, for
 * the adapter's lifetime; the rate budget shared through the database; every call's outcome
 * recorded as the connection's health. Callers load the row through their scope first.
 */
export async function adapterForConnection(connection: ConnectionRow, http?: AdapterContext<unknown>['http']): Promise<ProviderAdapter> {
  const definition = providerDefinition(connection.kind);
  const credentials = definition.credentialsSchema.parse(await decryptSecretJson<unknown>(connection.secretsEnc));
  const db = systemDb();
  return definition.createAdapter({
    connectionId: connection.id,
    baseUrl: connection.baseUrl,
    credentials,
    rateBudget: databaseRateBudget(db),
    onOutcome: (outcome) => void recordConnectionOutcome(db, connection.id, outcome),
    http,
  });
}
