import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { RunningSandbox } from '@/lib/providers/sandbox/sandbox-server';
import { startVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import { listProviderConnections, parseConnectionFilters } from './list-provider-connections';
import type { PlatformScope } from './platform-scope';
import { seedPartner, seedPlatformAdmin, type SeededPartner } from './platform-test-fixture';
import { testProviderConnection } from './test-provider-connection';

const db = testDb();
const TOKEN = 'vobiz-platform-test-token';
let sandbox: RunningSandbox;
let platform: PlatformScope;
let bluewave: SeededPartner;
let northwind: SeededPartner;

beforeAll(async () => {
  sandbox = await startVobizSandbox({ port: 0, seed: { partner: { name: 'Test', currency: 'USD', credentials: { authId: 'PA_TEST', authToken: TOKEN } }, accounts: [] } });
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(async () => {
  await resetDatabase();
  platform = await seedPlatformAdmin();
  bluewave = await seedPartner('bluewave', { connection: { kind: 'VOBIZ', baseUrl: sandbox.url, credentials: { authId: 'PA_TEST', authToken: TOKEN } } });
  northwind = await seedPartner('northwind', { connection: { kind: 'VOIP_ACCOUNT', baseUrl: 'http://127.0.0.1:9', credentials: { adminApiKey: 'voip-admin-key-secret' } } });
});

describe('listProviderConnections', () => {
  it('lists every partner’s connections, failing first, with health and rate budgets but no credentials', async () => {
    await db.providerConnection.update({ where: { id: northwind.connectionId }, data: { lastErrorAt: new Date(), lastError: 'Connection refused' } });
    const rows = await listProviderConnections(platform);
    expect(rows).toMatchObject([
      { id: northwind.connectionId, partner: { name: 'Partner northwind', status: 'ACTIVE' }, kind: 'VOIP_ACCOUNT', health: { status: 'failing', lastError: 'Connection refused' } },
      { id: bluewave.connectionId, partner: { name: 'Partner bluewave' }, kind: 'VOBIZ', health: { status: 'unknown' }, rateLimits: [] },
    ]);
    // The VoIP account API limits some calls per hour: the budget is shown untouched.
    expect(rows[0]!.rateLimits.length).toBeGreaterThan(0);
    expect(rows[0]!.rateLimits[0]).toMatchObject({ calls: 6, remaining: 6, nextAllowedAt: null });
    const json = JSON.stringify(rows);
    for (const secret of [TOKEN, 'voip-admin-key-secret', 'PA_TEST', sandbox.url]) expect(json).not.toContain(secret);
  });

  it('filters by partner and by health', async () => {
    expect((await listProviderConnections(platform, { partnerId: bluewave.partnerId })).map((row) => row.id)).toEqual([bluewave.connectionId]);
    expect((await listProviderConnections(platform, { health: 'failing' })).map((row) => row.id)).toEqual([]);
    expect(parseConnectionFilters({ partner: 'p1', health: 'failing' })).toEqual({ partnerId: 'p1', health: 'failing' });
    expect(parseConnectionFilters({ health: 'on-fire' })).toEqual({ partnerId: undefined, health: undefined });
  });
});

describe('testProviderConnection', () => {
  it('makes the provider’s test call for any partner, records health, and audits it on that partner', async () => {
    expect(await testProviderConnection(platform, bluewave.connectionId, { ip: '198.51.100.40' })).toMatchObject({ ok: true });
    expect((await db.providerConnection.findUniqueOrThrow({ where: { id: bluewave.connectionId } })).lastSuccessAt).not.toBeNull();
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'connection.test' } })).toMatchObject({
      partnerId: bluewave.partnerId,
      actorEmail: platform.email,
      entityId: bluewave.connectionId,
      after: { ok: true },
    });
  });

  it('reports a failing provider as a message and records it as the connection’s last error', async () => {
    const result = await testProviderConnection(platform, northwind.connectionId, { ip: null });
    expect(result).toMatchObject({ ok: false, message: expect.any(String) });
    const row = await db.providerConnection.findUniqueOrThrow({ where: { id: northwind.connectionId } });
    expect(row.lastErrorAt).not.toBeNull();
    expect(row.lastError).not.toContain('voip-admin-key-secret');
    expect(await testProviderConnection(platform, 'no-such-connection', { ip: null })).toBeNull();
  });
});
