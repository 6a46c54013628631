import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { decryptSecretJson } from '@/lib/secrets/encrypt-secret';
import { startVobizSandbox } from '@/lib/providers/vobiz/sandbox';
import type { RunningSandbox } from '@/lib/providers/sandbox/sandbox-server';
import { NotAllowed, type PartnerScope } from '@/lib/auth/require-partner-admin';
import { getConnectionForPartner, listConnectionsForPartner } from './list-connections-for-partner';
import { MASKED_SECRET } from './connection-view';
import { saveConnection } from './save-connection';
import { testConnection } from './test-connection';

const db = testDb();
const TOKEN = 'vobiz-partner-token-for-tests';
let sandbox: RunningSandbox;
let admin: PartnerScope;
let staff: PartnerScope;
let otherAdmin: PartnerScope;

const validInput = () => ({
  kind: 'VOBIZ',
  label: 'Vobiz main',
  baseUrl: sandbox.url,
  credentials: { authId: 'PA_TEST', authToken: TOKEN },
});

beforeAll(async () => {
  sandbox = await startVobizSandbox({ port: 0, seed: { partner: { name: 'Test', currency: 'USD', credentials: { authId: 'PA_TEST', authToken: TOKEN } }, accounts: [] } });
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(async () => {
  await resetDatabase();
  const [a, b] = await Promise.all([
    db.partner.create({ data: { slug: 'a', name: 'A', currency: 'USD' } }),
    db.partner.create({ data: { slug: 'b', name: 'B', currency: 'USD' } }),
  ]);
  admin = { area: 'partner', role: 'PARTNER_ADMIN', userId: 'u1', email: 'admin@a.test', partnerId: a.id };
  staff = { area: 'partner', role: 'PARTNER_STAFF', userId: 'u2', email: 'staff@a.test', partnerId: a.id };
  otherAdmin = { area: 'partner', role: 'PARTNER_ADMIN', userId: 'u3', email: 'admin@b.test', partnerId: b.id };
});

describe('saveConnection', () => {
  it('rejects bad input with field errors and creates nothing', async () => {
    const result = await saveConnection(admin, { kind: 'VOBIZ', label: ' ', baseUrl: 'not a url', credentials: { authId: '' } }, { ip: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['baseUrl', 'label']);
    const missingCredentials = await saveConnection(admin, { ...validInput(), credentials: {} }, { ip: null });
    expect(missingCredentials.ok === false && Object.keys(missingCredentials.fieldErrors).every((key) => key.startsWith('credentials.'))).toBe(true);
    expect(await db.providerConnection.count()).toBe(0);
  });

  it('stores credentials encrypted and shows secrets only masked', async () => {
    const result = await saveConnection(admin, validInput(), { ip: '192.0.2.1' });
    expect(result.ok).toBe(true);
    const row = await db.providerConnection.findFirstOrThrow();
    expect(row.secretsEnc).not.toContain(TOKEN);
    const view = await getConnectionForPartner(admin, row.id);
    expect(JSON.stringify(view)).not.toContain(TOKEN);
    expect(view?.credentials).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'authToken', display: MASKED_SECRET }), expect.objectContaining({ name: 'authId', display: 'PA_TEST' })]),
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'connection.create' } });
    expect(JSON.stringify(audit)).not.toContain(TOKEN);
  });

  it('keeps a stored secret when the edit leaves it blank', async () => {
    const created = await saveConnection(admin, validInput(), { ip: null });
    if (!created.ok) throw new Error('setup failed');
    const updated = await saveConnection(admin, { ...validInput(), label: 'Renamed', credentials: { authId: 'PA_TEST', authToken: '' } }, { connectionId: created.connectionId, ip: null });
    expect(updated.ok).toBe(true);
    const row = await db.providerConnection.findUniqueOrThrow({ where: { id: created.connectionId } });
    expect(row.label).toBe('Renamed');
    expect(await decryptSecretJson<{ authToken: string }>(row.secretsEnc, db)).toMatchObject({ authToken: TOKEN });
  });

  it('refuses staff, and another partner’s connection id', async () => {
    await expect(saveConnection(staff, validInput(), { ip: null })).rejects.toThrow(NotAllowed);
    const created = await saveConnection(admin, validInput(), { ip: null });
    if (!created.ok) throw new Error('setup failed');
    const hijack = await saveConnection(otherAdmin, { ...validInput(), label: 'mine now' }, { connectionId: created.connectionId, ip: null });
    expect(hijack.ok).toBe(false);
    expect((await db.providerConnection.findUniqueOrThrow({ where: { id: created.connectionId } })).label).toBe('Vobiz main');
    expect(await listConnectionsForPartner(otherAdmin)).toEqual([]);
  });

  it('refuses a duplicate name within the partner', async () => {
    await saveConnection(admin, validInput(), { ip: null });
    const again = await saveConnection(admin, validInput(), { ip: null });
    expect(again.ok === false && again.fieldErrors.label).toBeTruthy();
  });
});

describe('testConnection', () => {
  it('reports success and records the connection as healthy', async () => {
    const created = await saveConnection(admin, validInput(), { ip: null });
    if (!created.ok) throw new Error('setup failed');
    const result = await testConnection(admin, created.connectionId, null);
    expect(result?.ok).toBe(true);
    await expect.poll(async () => (await getConnectionForPartner(admin, created.connectionId))?.health.status).toBe('healthy');
  });

  it('says the credentials were rejected and records the error', async () => {
    const created = await saveConnection(admin, { ...validInput(), credentials: { authId: 'PA_TEST', authToken: 'wrong-token-value' } }, { ip: null });
    if (!created.ok) throw new Error('setup failed');
    const result = await testConnection(admin, created.connectionId, null);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Authentication failed/) });
    await expect.poll(async () => (await getConnectionForPartner(admin, created.connectionId))?.health.status).toBe('failing');
    expect(await testConnection(otherAdmin, created.connectionId, null)).toBeNull();
  });

  it('says the provider is unreachable without throwing', async () => {
    const created = await saveConnection(admin, { ...validInput(), baseUrl: 'http://127.0.0.1:9' }, { ip: null });
    if (!created.ok) throw new Error('setup failed');
    const result = await testConnection(admin, created.connectionId, null);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not responding/) });
  });
});
