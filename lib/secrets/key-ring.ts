import { randomBytes } from 'node:crypto';
import { systemDb, type KeyStatus, type Prisma, type PrismaClient } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { NoActiveEncryptionKey, SecretDecryptionFailed } from './errors.ts';
import { masterKeysFromEnv, unwrapDataKey, wrapDataKey, type MasterKeys } from './master-key.ts';
import { openSecretText, sealSecret, sealedKeyId, secretKey, type SecretKey } from './secret-box.ts';

/**
 * The data-encryption keys of one database, unwrapped in memory. A running portal learns
 * of a rotation by itself: the active key is re-read at most ACTIVE_KEY_TTL_MS after it
 * was last read, and a ciphertext naming a key this ring has not seen triggers a reload.
 * Rotation (rotate-keys.ts) waits longer than this before it retires the old key.
 */
export const ACTIVE_KEY_TTL_MS = 30_000;

export function generateDataKey(id: string): SecretKey {
  return secretKey(id, randomBytes(32));
}

/**
 * Serializes changes to the set of keys (first key, rotation, retirement) across processes
 * for the rest of the transaction; readers never take it.
 */
export async function lockEncryptionKeys(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('partner-portal encryption keys'))`);
}

/** Ids run k1, k2, …: short, since every ciphertext carries one, and ordered by age. */
export function nextDataKeyId(existingIds: readonly string[]): string {
  const numbers = existingIds.map((id) => Number(/^k(\d+)$/.exec(id)?.[1] ?? 0));
  return `k${Math.max(0, ...numbers) + 1}`;
}

interface StoredKey {
  id: string;
  status: KeyStatus;
  wrappedKey: string | null;
}

export interface KeyRingOptions {
  activeKeyTtlMs?: number;
  now?: () => number;
}

export class KeyRing {
  private stored = new Map<string, StoredKey>();
  private readonly unwrapped = new Map<string, SecretKey>();
  private activeId: string | null = null;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loadsStarted = 0;
  private loadApplied = 0;
  private activeRefresh: Promise<void> | null = null;

  constructor(
    private readonly db: PrismaClient,
    private readonly masters: MasterKeys,
    private readonly options: KeyRingOptions = {},
  ) {}

  async encrypt(plaintext: string): Promise<string> {
    return sealSecret(plaintext, await this.activeKey());
  }

  async decrypt(ciphertext: string): Promise<string> {
    const keyId = sealedKeyId(ciphertext);
    if (!keyId) throw new SecretDecryptionFailed(null, 'malformed');
    return openSecretText(ciphertext, await this.key(keyId));
  }

  async activeKey(): Promise<SecretKey> {
    const ttl = this.options.activeKeyTtlMs ?? ACTIVE_KEY_TTL_MS;
    if (this.activeId === null || this.now() - this.loadedAt >= ttl) await this.refreshActive();
    if (this.activeId === null) {
      await this.createFirstKey();
      await this.load();
    }
    if (this.activeId === null) throw new NoActiveEncryptionKey();
    return this.unwrap(this.activeId);
  }

  async key(id: string): Promise<SecretKey> {
    const known = this.unwrapped.get(id);
    if (known) return known;
    // Not coalesced with a load already in flight: that one may predate the key.
    if (!this.stored.has(id)) await this.load();
    const stored = this.stored.get(id);
    if (!stored) throw new SecretDecryptionFailed(id, 'unknown-key');
    if (stored.wrappedKey === null || stored.status === 'RETIRED') throw new SecretDecryptionFailed(id, 'key-retired');
    return this.unwrap(id);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private unwrap(id: string): SecretKey {
    let key = this.unwrapped.get(id);
    if (!key) {
      const stored = this.stored.get(id);
      if (!stored?.wrappedKey) throw new SecretDecryptionFailed(id, 'key-retired');
      key = unwrapDataKey(id, stored.wrappedKey, this.masters);
      this.unwrapped.set(id, key);
    }
    return key;
  }

  // Many requests may find the active key stale at once; one query serves them all.
  private refreshActive(): Promise<void> {
    this.activeRefresh ??= this.load().finally(() => {
      this.activeRefresh = null;
    });
    return this.activeRefresh;
  }

  private async load(): Promise<void> {
    const sequence = ++this.loadsStarted;
    const startedAt = this.now();
    const rows = await this.db.encryptionKey.findMany({ select: { id: true, status: true, wrappedKey: true } });
    // Overlapping loads may finish out of order; an older snapshot must not replace a newer one.
    if (sequence < this.loadApplied) return;
    this.loadApplied = sequence;
    this.stored = new Map(rows.map((row) => [row.id, row]));
    this.activeId = rows.find((row) => row.status === 'ACTIVE')?.id ?? null;
    this.loadedAt = startedAt;
  }

  // Under the lock, so processes starting together on an empty table create one key, not two.
  private async createFirstKey(): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await lockEncryptionKeys(tx);
      if ((await tx.encryptionKey.count()) > 0) return;
      const key = generateDataKey(nextDataKeyId([]));
      await tx.encryptionKey.create({
        data: { id: key.id, wrappedKey: wrapDataKey(key, this.masters.current), status: 'ACTIVE' },
      });
      logger.info({ keyId: key.id }, 'created the first data-encryption key');
    });
  }
}

const rings = new WeakMap<PrismaClient, KeyRing>();

/** The shared ring of a client, built with the master keys from the environment. */
export function keyRingFor(db: PrismaClient = systemDb()): KeyRing {
  let ring = rings.get(db);
  if (!ring) {
    ring = new KeyRing(db, masterKeysFromEnv());
    rings.set(db, ring);
  }
  return ring;
}
