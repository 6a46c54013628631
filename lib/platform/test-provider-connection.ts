import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { adapterForConnection } from '../connections/adapter-for-connection.ts';
import { recordConnectionOutcome } from '../connections/connection-health.ts';
import type { ConnectionTestResult } from '../connections/test-connection.ts';
import { systemDb } from '../db/client.ts';
import { ProviderError } from '../providers/errors.ts';
import { SecretDecryptionFailed } from '../secrets/errors.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { assertPlatformScope, type PlatformScope } from './platform-scope.ts';

/**
 * A platform admin's "Test" on any partner's connection: the provider's cheapest
 * authenticated call, as the partner admin's test makes it; the outcome becomes the
 * connection's health and the test is audited on the partner's trail. Null when the
 * connection does not exist.
 */
export async function testProviderConnection(scope: PlatformScope, connectionId: string, context: { ip: string | null }): Promise<ConnectionTestResult | null> {
  assertPlatformScope(scope, 'test every partner’s connections');
  const db = scopedDb(scope);
  const connection = await db.providerConnection.findUnique({
    where: { id: connectionId },
    select: { id: true, kind: true, baseUrl: true, secretsEnc: true, partnerId: true },
  });
  if (!connection) return null;
  let result: ConnectionTestResult;
  try {
    const adapter = await adapterForConnection(connection);
    result = await adapter.testConnection();
    // Awaited here, so the page re-rendered after the test already shows the new health.
    await recordConnectionOutcome(systemDb(), connection.id, { ok: true, operation: 'test' });
  } catch (error) {
    if (error instanceof ProviderError) {
      result = { ok: false, message: error.message };
      await recordConnectionOutcome(systemDb(), connection.id, { ok: false, operation: 'test', error });
    } else if (error instanceof SecretDecryptionFailed) {
      result = { ok: false, message: 'The stored credentials cannot be read; the partner’s admin must enter them again.' };
    } else throw error;
  }
  await recordAuditEvent(
    db,
    { userId: scope.userId, email: scope.email, partnerId: connection.partnerId, ip: context.ip },
    { action: 'connection.test', entityType: 'ProviderConnection', entityId: connection.id, after: { ok: result.ok } },
  );
  return result;
}
