import { createHmac } from 'node:crypto';
import { env, type PortalEnv } from '../config/env.ts';
import { EncryptionKeyMissing, MasterKeyMismatch, SecretDecryptionFailed } from './errors.ts';
import { openSecret, sealSecret, sealedKeyId, secretKey, type SecretKey } from './secret-box.ts';

/**
 * The master key (PORTAL_ENCRYPTION_KEY) only wraps data-encryption keys; it never
 * touches a secret directly, so rotating it means re-wrapping a handful of rows.
 * PORTAL_ENCRYPTION_KEY_PREVIOUS is accepted for unwrapping while a master-key rotation
 * re-wraps the keys.
 */
export interface MasterKeys {
  current: SecretKey;
  previous?: SecretKey;
}

/**
 * A master key's id is a fingerprint (an HMAC under the key itself), so a wrapped key
 * records which master key wrapped it without storing anything that helps guess it.
 */
export function masterKey(base64: string): SecretKey {
  const material = Buffer.from(base64, 'base64');
  const fingerprint = createHmac('sha256', material).update('partner-portal master key id').digest('hex');
  return secretKey(`m${fingerprint.slice(0, 16)}`, material);
}

export function masterKeysFromEnv(source: PortalEnv = env()): MasterKeys {
  if (!source.PORTAL_ENCRYPTION_KEY) throw new EncryptionKeyMissing();
  const current = masterKey(source.PORTAL_ENCRYPTION_KEY);
  const previous = source.PORTAL_ENCRYPTION_KEY_PREVIOUS ? masterKey(source.PORTAL_ENCRYPTION_KEY_PREVIOUS) : undefined;
  return previous ? { current, previous } : { current };
}

// Binds the wrapped material to its row, so wrapped keys cannot be swapped between ids.
function wrapContext(dataKeyId: string): string {
  return `EncryptionKey.${dataKeyId}`;
}

export function wrapDataKey(dataKey: SecretKey, master: SecretKey): string {
  return sealSecret(dataKey.material, master, wrapContext(dataKey.id));
}

/** The id of the master key that wrapped a data key, or null for an unrecognised value. */
export function wrappingMasterKeyId(wrappedKey: string): string | null {
  return sealedKeyId(wrappedKey);
}

export function unwrapDataKey(dataKeyId: string, wrappedKey: string, masters: MasterKeys): SecretKey {
  const wrapperId = wrappingMasterKeyId(wrappedKey);
  const master = [masters.current, masters.previous].find((key) => key && key.id === wrapperId);
  if (!master) throw new MasterKeyMismatch(dataKeyId);
  try {
    return secretKey(dataKeyId, openSecret(wrappedKey, master, wrapContext(dataKeyId)));
  } catch (error) {
    // Report the data key, not the master key's fingerprint, which means nothing to a reader.
    if (error instanceof SecretDecryptionFailed) throw new SecretDecryptionFailed(dataKeyId, error.reason);
    throw error;
  }
}
