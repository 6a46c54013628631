import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { adapterForConnection } from '../connections/adapter-for-connection.ts';
import type { AvailableNumber } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { INTERACTIVE_HTTP } from './customer-provider-context.ts';
import { providerFailure, refused, type NumberActionFailure } from './number-action-result.ts';
import { numberSearchSchema, type NumberSearchInput } from './number-input.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';

export type NumberSearchResult = { ok: true; numbers: AvailableNumber[] } | NumberActionFailure;

/** Numbers the provider offers in a country (optionally of one type), with their prices. */
export async function searchAvailableNumbers(scope: PartnerScope, input: NumberSearchInput): Promise<NumberSearchResult> {
  const parsed = numberSearchSchema.safeParse(input);
  if (!parsed.success) return refused(fieldErrorsOf(parsed.error));
  const { connectionId, country, type } = parsed.data;
  const connection = await scopedDb(scope).providerConnection.findUnique({
    where: { id: connectionId },
    select: { id: true, kind: true, baseUrl: true, secretsEnc: true },
  });
  if (!connection) return refused({ connectionId: ['Choose one of your connections.'] });
  const adapter = await adapterForConnection(connection, INTERACTIVE_HTTP);
  const search = adapter.capabilities['numbers.search'];
  if (!search.supported) return refused({ connectionId: [search.reason] });
  try {
    return { ok: true, numbers: await adapter.searchAvailableNumbers({ country, type }) };
  } catch (error) {
    return providerFailure(error, 'searched');
  }
}
