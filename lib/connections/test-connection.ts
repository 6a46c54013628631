import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { ProviderError } from '../providers/errors.ts';
import { SecretDecryptionFailed } from '../secrets/errors.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { adapterForConnection } from './adapter-for-connection.ts';
import { recordConnectionOutcome } from './connection-health.ts';
import { systemDb } from '../db/client.ts';

export type ConnectionTestResult = { ok: true; detail: string } | { ok: false; message: string };

/** Makes the provider's cheapest authenticated call; the outcome becomes the connection's health. */
export async function testConnection(scope: PartnerScope, connectionId: string, ip: string | null): Promise<ConnectionTestResult | null> {
  assertPartnerAdmin(scope, 'test provider connections');
  const db = scopedDb(scope);
  const connection = await db.providerConnection.findUnique({ where: { id: connectionId }, select: { id: true, kind: true, baseUrl: true, secretsEnc: true } });
  if (!connection) return null;
  let result: ConnectionTestResult;
  try {
    const adapter = await adapterForConnection(connection);
    result = await adapter.testConnection();
    // Recorded here as well, and awaited, so the page shown after the test already has it.
    await recordConnectionOutcome(systemDb(), connection.id, { ok: true, operation: 'test' });
  } catch (error) {
    if (error instanceof ProviderError) {
      result = { ok: false, message: error.message };
      await recordConnectionOutcome(systemDb(), connection.id, { ok: false, operation: 'test', error });
    } else if (error instanceof SecretDecryptionFailed) result = { ok: false, message: 'The stored credentials cannot be read; enter them again.' };
    else throw error;
  }
  await recordAuditEvent(
    db,
    { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip },
    { action: 'connection.test', entityType: 'ProviderConnection', entityId: connectionId, after: { ok: result.ok } },
  );
  return result;
}
