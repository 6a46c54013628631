import type { PrismaClient } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { SecretDecryptionFailed } from './errors.ts';
import type { KeyRing } from './key-ring.ts';
import { sealSecret, type SecretKey } from './secret-box.ts';
import {
  SECRET_COLUMNS,
  listSecretsNotUnderKey,
  replaceSecretIfUnchanged,
  type SecretColumn,
} from './secret-columns.ts';

export interface ReencryptionCounts {
  /** Values now under the active key, by column label ("Customer.authTokenEnc"). */
  reencrypted: Record<string, number>;
  /** Values the portal rewrote between our read and our write; left as the portal wrote them. */
  changedConcurrently: number;
  /** Values that could not be decrypted (logged by table and id); their keys are not retired. */
  unreadable: number;
}

/** One pass over every secret column, moving each value not under activeKey onto it. */
export async function reencryptSecretColumns(
  db: PrismaClient,
  ring: KeyRing,
  activeKey: SecretKey,
  batchSize: number,
): Promise<ReencryptionCounts> {
  const counts: ReencryptionCounts = { reencrypted: {}, changedConcurrently: 0, unreadable: 0 };
  for (const secret of SECRET_COLUMNS) {
    counts.reencrypted[secret.label] = await reencryptColumn(db, ring, activeKey, batchSize, secret, counts);
  }
  return counts;
}

async function reencryptColumn(
  db: PrismaClient,
  ring: KeyRing,
  activeKey: SecretKey,
  batchSize: number,
  secret: SecretColumn,
  counts: ReencryptionCounts,
): Promise<number> {
  let reencrypted = 0;
  let afterId = '';
  for (;;) {
    const rows = await listSecretsNotUnderKey(db, secret, activeKey.id, afterId, batchSize);
    if (rows.length === 0) return reencrypted;
    for (const row of rows) {
      afterId = row.id;
      let plaintext: string;
      try {
        plaintext = await ring.decrypt(row.value);
      } catch (error) {
        if (!(error instanceof SecretDecryptionFailed)) throw error;
        counts.unreadable += 1;
        logger.warn({ column: secret.label, id: row.id, keyId: error.keyId, reason: error.reason }, 'secret could not be decrypted for re-encryption');
        continue;
      }
      const replaced = await replaceSecretIfUnchanged(db, secret, row.id, row.value, sealSecret(plaintext, activeKey));
      if (replaced) reencrypted += 1;
      else counts.changedConcurrently += 1;
    }
    logger.debug({ column: secret.label, reencrypted }, 'encryption key rotation: batch done');
  }
}
