import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { adapterForConnection } from '../connections/adapter-for-connection.ts';
import { systemDb } from '../db/client.ts';
import { providerDefinition } from '../providers/index.ts';
import { readThroughProviderCache } from '../providers/provider-cache.ts';
import type { PhoneNumber, ProviderKind } from '../providers/types.ts';
import { SecretDecryptionFailed } from '../secrets/errors.ts';
import { scopedDb, type ScopedDb } from '../tenancy/scoped-db.ts';
import { INTERACTIVE_HTTP } from './customer-provider-context.ts';
import { listAllProviderNumbers } from './list-provider-numbers.ts';

export type InventoryQuery = { connectionId?: string; assigned?: 'assigned' | 'unassigned'; search?: string; page?: number; pageSize?: number };

export type InventoryRow = {
  key: string;
  number: string;
  connection: { id: string; label: string };
  customer: { id: string; name: string } | null;
  /** PROVIDER or PORTAL for the portal's assignments; PROVIDER too when only the provider's account says whose it is. */
  recordedIn: 'PROVIDER' | 'PORTAL' | null;
  assignmentId: string | null;
  monthlyPrice: { amount: string; currency: string } | null;
  label: string | null;
  forwardTo: string | null;
};

export type InventoryListing =
  | { supported: true; fetchedAt: Date | null; fresh: boolean; error: { message: string; retryAt: Date | null } | null }
  | { supported: false; reason: string };

export type InventoryConnection = { id: string; label: string; providerName: string; listing: InventoryListing | null };

export type NumberInventory = { connections: InventoryConnection[]; rows: InventoryRow[]; total: number; page: number; pageSize: number };

type ConnectionRow = { id: string; label: string; kind: ProviderKind; baseUrl: string; secretsEnc: string };

const CACHE_KEY = 'numbers:inventory';

function reviveNumbers(json: unknown): PhoneNumber[] {
  return json as PhoneNumber[];
}

async function readProviderNumbers(connection: ConnectionRow): Promise<{ listing: InventoryListing; numbers: PhoneNumber[] }> {
  const definition = providerDefinition(connection.kind);
  const list = definition.capabilities['numbers.list'];
  if (!list.supported) return { listing: { supported: false, reason: list.reason }, numbers: [] };
  let adapter;
  try {
    adapter = await adapterForConnection(connection, INTERACTIVE_HTTP);
  } catch (error) {
    if (!(error instanceof SecretDecryptionFailed)) throw error;
    const message = "The connection's stored credentials cannot be read; a partner admin should enter them again.";
    return { listing: { supported: true, fetchedAt: null, fresh: false, error: { message, retryAt: null } }, numbers: [] };
  }
  // The last good list with its age when the provider fails, so the page always renders.
  const read = await readThroughProviderCache(systemDb(), { connectionId: connection.id, cacheKey: CACHE_KEY }, () => listAllProviderNumbers(adapter, null), reviveNumbers, {
    maxAgeMs: definition.rateLimits ? 15 * 60_000 : 0,
  });
  return {
    listing: { supported: true, fetchedAt: read.fetchedAt, fresh: read.fresh, error: read.error ? { message: read.error.message, retryAt: read.error.retryAt } : null },
    numbers: read.data ?? [],
  };
}

type Assignment = {
  id: string;
  connectionId: string;
  number: string;
  label: string | null;
  forwardTo: string | null;
  recordedIn: 'PROVIDER' | 'PORTAL';
  monthlyPrice: { toFixed(): string } | null;
  currency: string | null;
  customer: { id: string; name: string };
};

/** Portal customers by their account at the provider, for numbers the provider places on an account. */
async function accountHolders(db: ScopedDb, connectionIds: string[], numbers: PhoneNumber[]): Promise<Map<string, { id: string; name: string }>> {
  const accountIds = [...new Set(numbers.map((n) => n.providerAccountId).filter((id): id is string => id !== null))];
  if (accountIds.length === 0) return new Map();
  const holders = await db.customer.findMany({
    where: { connectionId: { in: connectionIds }, providerAccountId: { in: accountIds } },
    select: { id: true, name: true, connectionId: true, providerAccountId: true },
  });
  return new Map(holders.map((c) => [`${c.connectionId}:${c.providerAccountId}`, { id: c.id, name: c.name }]));
}

function providerRow(connection: { id: string; label: string }, n: PhoneNumber, holder: { id: string; name: string } | null): InventoryRow {
  const key = `${connection.id}:${n.number}`;
  return { key, number: n.number, connection, customer: holder, recordedIn: holder ? 'PROVIDER' : null, assignmentId: null, monthlyPrice: n.monthlyPrice, label: n.label, forwardTo: n.forwardTo };
}

/** The portal's assignment is the partner's word on whose a number is; the provider's list fills in the rest. */
function assignmentRow(a: Assignment, connection: { id: string; label: string }, listed: InventoryRow | undefined): InventoryRow {
  return {
    key: `${a.connectionId}:${a.number}`,
    number: a.number,
    connection,
    customer: a.customer,
    recordedIn: a.recordedIn,
    assignmentId: a.id,
    monthlyPrice: a.monthlyPrice && a.currency ? { amount: a.monthlyPrice.toFixed(), currency: a.currency } : (listed?.monthlyPrice ?? null),
    label: a.label ?? listed?.label ?? null,
    forwardTo: a.forwardTo ?? listed?.forwardTo ?? null,
  };
}

function matchesSearch(row: InventoryRow, search: string): boolean {
  const digits = search.replace(/\D/g, '');
  if (digits && row.number.replace(/\D/g, '').includes(digits)) return true;
  const term = search.toLowerCase();
  return Boolean(row.label?.toLowerCase().includes(term) || row.customer?.name.toLowerCase().includes(term));
}

function matchesAssigned(row: InventoryRow, assigned: InventoryQuery['assigned']): boolean {
  if (assigned === 'assigned') return row.customer !== null;
  if (assigned === 'unassigned') return row.customer === null;
  return true;
}

/**
 * Every number of the partner with its customer: each connection's list at the provider
 * (where it lists numbers) merged with the portal's assignments. A number the provider
 * places on a customer's account but the portal never assigned shows that customer too.
 */
export async function listNumberInventory(scope: PartnerScope, query: InventoryQuery = {}): Promise<NumberInventory> {
  const db = scopedDb(scope);
  const all = await db.providerConnection.findMany({ select: { id: true, label: true, kind: true, baseUrl: true, secretsEnc: true }, orderBy: { label: 'asc' } });
  const chosen = all.filter((connection) => !query.connectionId || connection.id === query.connectionId);
  const chosenIds = chosen.map((connection) => connection.id);
  const [reads, assignments] = await Promise.all([
    Promise.all(chosen.map(readProviderNumbers)),
    db.numberAssignment.findMany({
      where: { connectionId: { in: chosenIds } },
      select: { id: true, connectionId: true, number: true, label: true, forwardTo: true, recordedIn: true, monthlyPrice: true, currency: true, customer: { select: { id: true, name: true } } },
    }),
  ]);
  const holders = await accountHolders(db, chosenIds, reads.flatMap((read) => read.numbers));

  const rows = new Map<string, InventoryRow>();
  chosen.forEach(({ id, label }, index) => {
    for (const n of reads[index]!.numbers) rows.set(`${id}:${n.number}`, providerRow({ id, label }, n, n.providerAccountId ? (holders.get(`${id}:${n.providerAccountId}`) ?? null) : null));
  });
  const labelOf = new Map(all.map((connection) => [connection.id, connection.label]));
  for (const a of assignments) {
    const key = `${a.connectionId}:${a.number}`;
    rows.set(key, assignmentRow(a, { id: a.connectionId, label: labelOf.get(a.connectionId) ?? '' }, rows.get(key)));
  }

  const search = query.search?.trim();
  const filtered = [...rows.values()]
    .filter((row) => matchesAssigned(row, query.assigned) && (!search || matchesSearch(row, search)))
    .sort((a, b) => a.number.localeCompare(b.number) || a.connection.label.localeCompare(b.connection.label));
  const pageSize = query.pageSize ?? 50;
  const page = Math.max(1, Math.floor(query.page ?? 1));
  return {
    connections: all.map((connection) => {
      const index = chosen.indexOf(connection);
      return { id: connection.id, label: connection.label, providerName: providerDefinition(connection.kind).displayName, listing: index >= 0 ? reads[index]!.listing : null };
    }),
    rows: filtered.slice((page - 1) * pageSize, page * pageSize),
    total: filtered.length,
    page,
    pageSize,
  };
}
