import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { decryptSecretJson, encryptSecretJson } from './encrypt-secret.ts';
import { MasterKeyMismatch, SecretDecryptionFailed } from './errors.ts';
import { ACTIVE_KEY_TTL_MS, KeyRing } from './key-ring.ts';
import { masterKey, masterKeysFromEnv, wrappingMasterKeyId, type MasterKeys } from './master-key.ts';
import { rotateEncryptionKeys } from './rotate-keys.ts';
import { sealedKeyId } from './secret-box.ts';
import { SECRET_COLUMNS, replaceSecretIfUnchanged } from './secret-columns.ts';

const db = testDb();
const newMasterKey = () => masterKey(randomBytes(32).toString('base64'));
const TOKENS = ['tok-alpha-0001', 'tok-bravo-0002', 'tok-charlie-0003', 'tok-delta-0004', 'tok-echo-0005'];
const CREDENTIALS = { authId: 'MA_PARTNER01', authToken: 'partner-token-9f8e7d' };

let connectionId = '';
let partnerId = '';

let customersCreated = 0;

async function createCustomer(ring: KeyRing, token: string | null) {
  const authTokenEnc = token === null ? null : await ring.encrypt(token);
  customersCreated += 1;
  const name = `Customer ${String(customersCreated).padStart(3, '0')}`;
  return db.customer.create({ data: { partnerId, connectionId, name, email: `${name}@x.test`, currency: 'USD', authTokenEnc } });
}

/** A partner, a connection and five customers (one without a token), sealed by `ring`. */
async function seedSecrets(ring: KeyRing): Promise<void> {
  const partner = await db.partner.create({ data: { slug: 'keys', name: 'Keys', currency: 'USD' } });
  partnerId = partner.id;
  const connection = await db.providerConnection.create({
    data: { partnerId, kind: 'VOBIZ', label: 'main', baseUrl: 'http://127.0.0.1:1', secretsEnc: await ring.encrypt(JSON.stringify(CREDENTIALS)) },
  });
  connectionId = connection.id;
  for (const token of TOKENS) await createCustomer(ring, token);
  await createCustomer(ring, null);
}

async function storedValues(): Promise<string[]> {
  const customers = await db.customer.findMany({ where: { authTokenEnc: { not: null } }, select: { authTokenEnc: true } });
  const connections = await db.providerConnection.findMany({ select: { secretsEnc: true } });
  return [...customers.map((row) => row.authTokenEnc!), ...connections.map((row) => row.secretsEnc)];
}

async function tokensReadBy(ring: KeyRing): Promise<string[]> {
  const customers = await db.customer.findMany({ where: { authTokenEnc: { not: null } }, orderBy: { name: 'asc' } });
  return Promise.all(customers.map((row) => ring.decrypt(row.authTokenEnc!)));
}

function keyStatuses() {
  return db.encryptionKey.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, wrappedKey: true, retiredAt: true } });
}

beforeEach(async () => {
  await resetDatabase();
  await db.encryptionKey.deleteMany();
});

describe('encryption key rotation', () => {
  const masters: MasterKeys = { current: newMasterKey() };

  it('re-encrypts every secret under the new key, to the same plaintexts, and retires the old key', async () => {
    await seedSecrets(new KeyRing(db, masters));
    expect((await storedValues()).map(sealedKeyId)).toEqual(Array(6).fill('k1'));

    const result = await rotateEncryptionKeys(db, { masterKeys: masters, batchSize: 2, writerGraceMs: 0 });

    expect(result).toMatchObject({
      activeKeyId: 'k2',
      resumed: false,
      rewrappedKeys: 0,
      reencrypted: { 'ProviderConnection.secretsEnc': 1, 'Customer.authTokenEnc': 5 },
      changedConcurrently: 0,
      unreadable: 0,
      retiredKeyIds: ['k1'],
      retiringKeyIds: [],
    });
    const values = await storedValues();
    expect(values.map(sealedKeyId)).toEqual(Array(6).fill('k2'));
    const reader = new KeyRing(db, masters);
    expect(await tokensReadBy(reader)).toEqual(TOKENS);
    expect(JSON.parse(await reader.decrypt(values[5]!))).toEqual(CREDENTIALS);
    expect(await db.customer.count({ where: { authTokenEnc: null } })).toBe(1);

    const [k1, k2] = await keyStatuses();
    expect(k1).toMatchObject({ id: 'k1', status: 'RETIRED', wrappedKey: null });
    expect(k1!.retiredAt).toBeInstanceOf(Date);
    expect(k2).toMatchObject({ id: 'k2', status: 'ACTIVE' });
  });

  it('never stores a plaintext in the database', async () => {
    await seedSecrets(new KeyRing(db, masters));
    await rotateEncryptionKeys(db, { masterKeys: masters, writerGraceMs: 0 });
    const everything = JSON.stringify([
      await db.customer.findMany(),
      await db.providerConnection.findMany(),
      await db.encryptionKey.findMany(),
    ]);
    for (const secret of [...TOKENS, CREDENTIALS.authToken]) expect(everything).not.toContain(secret);
    expect(everything).not.toContain(Buffer.from(masters.current.material).toString('base64'));
  });

  it('lets a portal whose keys were loaded before the rotation read values written after it', async () => {
    const portal = new KeyRing(db, masters);
    await seedSecrets(portal);
    await rotateEncryptionKeys(db, { masterKeys: masters, writerGraceMs: 0 });
    expect((await portal.activeKey()).id).toBe('k1');

    const written = await createCustomer(new KeyRing(db, masters), 'tok-after-rotation');
    expect(sealedKeyId(written.authTokenEnc!)).toBe('k2');
    expect(await portal.decrypt(written.authTokenEnc!)).toBe('tok-after-rotation');
    // The reload that found k2 also told it which key is active now.
    expect((await portal.activeKey()).id).toBe('k2');
  });

  it('makes an idle portal switch to the new key once its cached active key expires', async () => {
    const clock = { now: 0 };
    const portal = new KeyRing(db, masters, { now: () => clock.now });
    await seedSecrets(portal);
    await rotateEncryptionKeys(db, { masterKeys: masters, writerGraceMs: 0 });

    clock.now += ACTIVE_KEY_TTL_MS - 1;
    expect((await portal.activeKey()).id).toBe('k1');
    clock.now += 1;
    expect((await portal.activeKey()).id).toBe('k2');
  });

  it('keeps the old key readable while the rotation runs, and re-encrypts values a stale portal wrote meanwhile', async () => {
    const stalePortal = new KeyRing(db, masters);
    await seedSecrets(stalePortal);
    const rotation = rotateEncryptionKeys(db, { masterKeys: masters, writerGraceMs: 3_000 });

    // Wait for the switch and the first pass: k1 is RETIRING and no longer named by any value.
    await expect.poll(async () => (await storedValues()).filter((value) => sealedKeyId(value) === 'k1').length, { timeout: 2_000, interval: 20 }).toBe(0);
    expect((await keyStatuses()).map((key) => key.status)).toEqual(['RETIRING', 'ACTIVE']);
    const late = await createCustomer(stalePortal, 'tok-written-with-old-key');
    expect(sealedKeyId(late.authTokenEnc!)).toBe('k1');
    expect(await new KeyRing(db, masters).decrypt(late.authTokenEnc!)).toBe('tok-written-with-old-key');

    const result = await rotation;
    expect(result.reencrypted['Customer.authTokenEnc']).toBe(6);
    expect(result.retiredKeyIds).toEqual(['k1']);
    expect((await storedValues()).map(sealedKeyId)).toEqual(Array(7).fill('k2'));
    expect(await new KeyRing(db, masters).decrypt((await db.customer.findUniqueOrThrow({ where: { id: late.id } })).authTokenEnc!)).toBe(
      'tok-written-with-old-key',
    );
  });

  it('keeps a key while any value still names it, and resumes the unfinished rotation on the next run', async () => {
    const ring = new KeyRing(db, masters);
    await seedSecrets(ring);
    const damaged = await createCustomer(ring, 'tok-damaged');
    const sealed = damaged.authTokenEnc!;
    const broken = `${sealed.slice(0, -4)}${sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await db.customer.update({ where: { id: damaged.id }, data: { authTokenEnc: broken } });

    const first = await rotateEncryptionKeys(db, { masterKeys: masters, writerGraceMs: 0 });
    expect(first).toMatchObject({ activeKeyId: 'k2', unreadable: 1, retiredKeyIds: [], retiringKeyIds: ['k1'] });
    expect(await new KeyRing(db, masters).decrypt(sealed)).toBe('tok-damaged');

    await db.customer.update({ where: { id: damaged.id }, data: { authTokenEnc: null } });
    const second = await rotateEncryptionKeys(db, { masterKeys: masters, writerGraceMs: 0 });
    expect(second).toMatchObject({ activeKeyId: 'k2', resumed: true, unreadable: 0, retiredKeyIds: ['k1'] });
    await expect(new KeyRing(db, masters).decrypt(sealed)).rejects.toMatchObject({ keyId: 'k1', reason: 'key-retired' });
  });

  it('re-wraps the data keys when the master key is rotated through PORTAL_ENCRYPTION_KEY_PREVIOUS', async () => {
    const oldMaster = newMasterKey();
    const newMaster = newMasterKey();
    await seedSecrets(new KeyRing(db, { current: oldMaster }));
    const portalDuringRotation = new KeyRing(db, { current: newMaster, previous: oldMaster });
    expect(await tokensReadBy(portalDuringRotation)).toEqual(TOKENS);

    const result = await rotateEncryptionKeys(db, { masterKeys: { current: newMaster, previous: oldMaster }, writerGraceMs: 0 });
    expect(result).toMatchObject({ rewrappedKeys: 1, activeKeyId: 'k2', retiredKeyIds: ['k1'] });

    for (const key of await keyStatuses()) {
      if (key.wrappedKey) expect(wrappingMasterKeyId(key.wrappedKey)).toBe(newMaster.id);
    }
    expect(await tokensReadBy(new KeyRing(db, { current: newMaster }))).toEqual(TOKENS);
    await expect(tokensReadBy(new KeyRing(db, { current: oldMaster }))).rejects.toBeInstanceOf(MasterKeyMismatch);
  });

  it('refuses to rotate with a master key that cannot unwrap the existing keys, changing nothing', async () => {
    await seedSecrets(new KeyRing(db, masters));
    const before = await keyStatuses();
    await expect(rotateEncryptionKeys(db, { masterKeys: { current: newMasterKey() }, writerGraceMs: 0 })).rejects.toBeInstanceOf(
      MasterKeyMismatch,
    );
    expect(await keyStatuses()).toEqual(before);
    expect((await storedValues()).map(sealedKeyId)).toEqual(Array(6).fill('k1'));
  });

  it('creates exactly one first key when several processes start on an empty table', async () => {
    const keys = await Promise.all([1, 2, 3].map(() => new KeyRing(db, masters).activeKey()));
    expect(new Set(keys.map((key) => key.id))).toEqual(new Set(['k1']));
    expect(new Set(keys.map((key) => key.material.toString('hex'))).size).toBe(1);
    expect(await db.encryptionKey.count()).toBe(1);
  });

  it('never overwrites a value the portal changed after rotation read it', async () => {
    const ring = new KeyRing(db, masters);
    await seedSecrets(ring);
    const customer = await createCustomer(ring, 'tok-current');
    const column = SECRET_COLUMNS.find((secret) => secret.label === 'Customer.authTokenEnc')!;
    const staleRead = await ring.encrypt('tok-stale');
    expect(await replaceSecretIfUnchanged(db, column, customer.id, staleRead, await ring.encrypt('tok-overwrite'))).toBe(false);
    const stored = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(await ring.decrypt(stored.authTokenEnc!)).toBe('tok-current');
  });

  it('stores JSON credentials through the portal-wide helpers and reports unknown keys by id only', async () => {
    process.env.PORTAL_ENCRYPTION_KEY ||= randomBytes(32).toString('base64');
    expect(masterKeysFromEnv().current.id).toMatch(/^m/);
    const sealed = await encryptSecretJson(CREDENTIALS, db);
    expect(sealed).not.toContain(CREDENTIALS.authToken);
    expect(await decryptSecretJson<typeof CREDENTIALS>(sealed, db)).toEqual(CREDENTIALS);

    const unknown = sealed.replace(/^v1\.k1\./, 'v1.k99.');
    const failure = await new KeyRing(db, masters).decrypt(unknown).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SecretDecryptionFailed);
    expect(failure).toMatchObject({ keyId: 'k99', reason: 'unknown-key' });
    expect((failure as Error).message).not.toContain(sealed.split('.')[3]);
  });
});
