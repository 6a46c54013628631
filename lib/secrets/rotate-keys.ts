import { setTimeout as sleep } from 'node:timers/promises';
import type { PrismaClient } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { ACTIVE_KEY_TTL_MS, KeyRing, generateDataKey, lockEncryptionKeys, nextDataKeyId } from './key-ring.ts';
import { masterKeysFromEnv, unwrapDataKey, wrapDataKey, wrappingMasterKeyId, type MasterKeys } from './master-key.ts';
import { reencryptSecretColumns, type ReencryptionCounts } from './reencrypt-secret-columns.ts';
import { countSecretsByKey } from './secret-columns.ts';

/**
 * Rotates encryption keys while the portal keeps running:
 * 1. Re-wraps data keys wrapped by PORTAL_ENCRYPTION_KEY_PREVIOUS under
 *    PORTAL_ENCRYPTION_KEY (a master-key rotation: give the portal both, run this, then
 *    drop the previous one).
 * 2. Creates a new ACTIVE data key; the old one becomes RETIRING and stays readable.
 * 3. Re-encrypts every secret column under the new key, without overwriting a value the
 *    portal wrote meanwhile.
 * 4. Retires keys no value names any more: RETIRED, with the wrapped material erased so
 *    copies of old ciphertexts (backups, dumps) can no longer be opened with this database.
 * Interrupted, it is simply run again: a RETIRING key means the last rotation did not
 * finish, and it is resumed instead of a new key being created.
 */

export interface KeyRotationOptions {
  /** Defaults to PORTAL_ENCRYPTION_KEY and PORTAL_ENCRYPTION_KEY_PREVIOUS. */
  masterKeys?: MasterKeys;
  batchSize?: number;
  /**
   * How long after the switch running portals may still encrypt with the old key (their
   * cached active key), so how long to wait before retiring it.
   */
  writerGraceMs?: number;
}

export interface KeyRotationResult extends ReencryptionCounts {
  activeKeyId: string;
  /** True when an interrupted rotation was finished instead of a new key being created. */
  resumed: boolean;
  rewrappedKeys: number;
  retiredKeyIds: string[];
  /** Still readable but still named by values (e.g. unreadable ones); run again later. */
  retiringKeyIds: string[];
}

export async function rotateEncryptionKeys(db: PrismaClient, options: KeyRotationOptions = {}): Promise<KeyRotationResult> {
  const masters = options.masterKeys ?? masterKeysFromEnv();
  const graceMs = options.writerGraceMs ?? ACTIVE_KEY_TTL_MS + 5_000;

  const rewrappedKeys = await rewrapDataKeys(db, masters);
  const { activeKeyId, switchedAt, resumed } = await switchActiveKey(db, masters);
  logger.info({ activeKeyId, resumed, rewrappedKeys }, 'encryption key rotation: re-encrypting secrets');

  const ring = new KeyRing(db, masters);
  const activeKey = await ring.key(activeKeyId);
  const sweep = () => reencryptSecretColumns(db, ring, activeKey, options.batchSize ?? 200);
  const graceEndsAt = switchedAt.getTime() + graceMs;
  const firstSweepStartedAt = Date.now();
  let counts = await sweep();
  // Portals may have written with the old key behind the first pass until the grace ended:
  // a second pass, started after it, catches those values.
  if (firstSweepStartedAt < graceEndsAt) {
    const waitMs = graceEndsAt - Date.now();
    if (waitMs > 0) {
      logger.info({ waitMs }, 'encryption key rotation: waiting for running portals to pick up the new key');
      await sleep(waitMs);
    }
    const late = await sweep();
    counts = {
      reencrypted: Object.fromEntries(Object.entries(counts.reencrypted).map(([label, n]) => [label, n + (late.reencrypted[label] ?? 0)])),
      changedConcurrently: counts.changedConcurrently + late.changedConcurrently,
      unreadable: late.unreadable,
    };
  }

  const { retiredKeyIds, retiringKeyIds } = await retireUnusedKeys(db);
  logger.info({ activeKeyId, retiredKeyIds, retiringKeyIds, ...counts }, 'encryption key rotation finished');
  return { activeKeyId, resumed, rewrappedKeys, retiredKeyIds, retiringKeyIds, ...counts };
}

async function rewrapDataKeys(db: PrismaClient, masters: MasterKeys): Promise<number> {
  const previous = masters.previous;
  if (!previous || previous.id === masters.current.id) return 0;
  return db.$transaction(async (tx) => {
    await lockEncryptionKeys(tx);
    const keys = await tx.encryptionKey.findMany({ where: { wrappedKey: { not: null } } });
    let rewrapped = 0;
    for (const key of keys) {
      if (!key.wrappedKey || wrappingMasterKeyId(key.wrappedKey) !== previous.id) continue;
      const dataKey = unwrapDataKey(key.id, key.wrappedKey, masters);
      await tx.encryptionKey.update({ where: { id: key.id }, data: { wrappedKey: wrapDataKey(dataKey, masters.current) } });
      rewrapped += 1;
    }
    return rewrapped;
  });
}

interface Switch {
  activeKeyId: string;
  switchedAt: Date;
  resumed: boolean;
}

async function switchActiveKey(db: PrismaClient, masters: MasterKeys): Promise<Switch> {
  return db.$transaction(async (tx) => {
    await lockEncryptionKeys(tx);
    const keys = await tx.encryptionKey.findMany();
    // A wrong master key must fail here: a new key wrapped by it would lock the portal out.
    for (const key of keys) if (key.wrappedKey) unwrapDataKey(key.id, key.wrappedKey, masters);
    const active = keys.filter((key) => key.status === 'ACTIVE');
    if (active.length === 1 && keys.some((key) => key.status === 'RETIRING')) {
      return { activeKeyId: active[0]!.id, switchedAt: active[0]!.createdAt, resumed: true };
    }
    const key = generateDataKey(nextDataKeyId(keys.map((stored) => stored.id)));
    const switchedAt = new Date();
    await tx.encryptionKey.updateMany({ where: { status: 'ACTIVE' }, data: { status: 'RETIRING' } });
    await tx.encryptionKey.create({
      data: { id: key.id, wrappedKey: wrapDataKey(key, masters.current), status: 'ACTIVE', createdAt: switchedAt },
    });
    return { activeKeyId: key.id, switchedAt, resumed: false };
  });
}

// Counting references scans every secret column, which outlasts Prisma's 5 s default.
const RETIRE_TIMEOUT_MS = 120_000;

async function retireUnusedKeys(db: PrismaClient): Promise<{ retiredKeyIds: string[]; retiringKeyIds: string[] }> {
  return db.$transaction(async (tx) => {
    await lockEncryptionKeys(tx);
    const retiring = await tx.encryptionKey.findMany({ where: { status: 'RETIRING' }, select: { id: true }, orderBy: { id: 'asc' } });
    const counts = await countSecretsByKey(tx);
    const unused = retiring.map((key) => key.id).filter((id) => !counts.get(id));
    await tx.encryptionKey.updateMany({
      where: { id: { in: unused }, status: 'RETIRING' },
      data: { status: 'RETIRED', retiredAt: new Date(), wrappedKey: null },
    });
    return { retiredKeyIds: unused, retiringKeyIds: retiring.map((key) => key.id).filter((id) => !unused.includes(id)) };
  }, { timeout: RETIRE_TIMEOUT_MS });
}
