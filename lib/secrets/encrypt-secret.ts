import type { PrismaClient } from '../db/client.ts';
import { SecretDecryptionFailed } from './errors.ts';
import { keyRingFor } from './key-ring.ts';
import { sealedKeyId } from './secret-box.ts';

/**
 * The way the rest of the portal stores a secret: encrypt before it is written to a
 * column ending in "Enc", decrypt right where it is used (never in what reaches a page).
 * Values are AES-256-GCM under the active data-encryption key, in the format documented
 * in secret-box.ts. Columns holding such values are listed in secret-columns.ts.
 * Encrypt before opening a transaction: now and then the key ring reads the key table,
 * and on the embedded database (one connection) that read would wait for the transaction.
 */

export function encryptSecret(plaintext: string, db?: PrismaClient): Promise<string> {
  return keyRingFor(db).encrypt(plaintext);
}

/** Throws SecretDecryptionFailed (naming the key id only) when the value cannot be opened. */
export function decryptSecret(ciphertext: string, db?: PrismaClient): Promise<string> {
  return keyRingFor(db).decrypt(ciphertext);
}

/** For credentials stored as one JSON object, such as ProviderConnection.secretsEnc. */
export function encryptSecretJson(value: object, db?: PrismaClient): Promise<string> {
  return encryptSecret(JSON.stringify(value), db);
}

/** The caller validates the shape (e.g. with the provider's zod schema); this only parses. */
export async function decryptSecretJson<T>(ciphertext: string, db?: PrismaClient): Promise<T> {
  const text = await decryptSecret(ciphertext, db);
  try {
    return JSON.parse(text) as T;
  } catch {
    // JSON.parse quotes the offending text in its message, which here is the secret.
    throw new SecretDecryptionFailed(sealedKeyId(ciphertext), 'not-json');
  }
}
