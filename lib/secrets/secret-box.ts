import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { InvalidSecretKey, SecretDecryptionFailed } from './errors.ts';

/**
 * AES-256-GCM for one value with one key, in the portal's ciphertext format:
 *
 *   v1.<keyId>.<nonce>.<ciphertext+tag>
 *
 * - `v1` is the format version; a new scheme gets a new prefix so old values stay readable.
 * - `keyId` names the key that sealed the value ([A-Za-z0-9_-], at most 64 characters).
 * - `nonce` is 12 random bytes, fresh for every value; `ciphertext+tag` is the GCM output
 *   followed by its 16-byte tag. Both are base64url without padding.
 *
 * The additional authenticated data is `v1.<keyId>` (plus `.<context>` when a context is
 * given), so neither the header nor the context can be changed without the tag failing.
 */

export const SEALED_VERSION = 'v1';

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface SecretKey {
  readonly id: string;
  readonly material: Buffer;
}

export function secretKey(id: string, material: Uint8Array): SecretKey {
  if (!KEY_ID.test(id)) throw new InvalidSecretKey('key id must be 1-64 characters of A-Z a-z 0-9 _ -');
  if (material.length !== KEY_BYTES) throw new InvalidSecretKey(`key material must be ${KEY_BYTES} bytes`);
  return { id, material: Buffer.from(material) };
}

function additionalData(keyId: string, context: string | undefined): Buffer {
  return Buffer.from(context ? `${SEALED_VERSION}.${keyId}.${context}` : `${SEALED_VERSION}.${keyId}`, 'utf8');
}

export function sealSecret(plaintext: string | Uint8Array, key: SecretKey, context?: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.material, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(key.id, context));
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  const sealed = Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]);
  return [SEALED_VERSION, key.id, nonce.toString('base64url'), sealed.toString('base64url')].join('.');
}

interface SealedParts {
  keyId: string;
  nonce: Buffer;
  sealed: Buffer;
}

function parseSealed(value: string): SealedParts | null {
  const parts = value.split('.');
  if (parts.length !== 4) return null;
  const [version, keyId, nonce, sealed] = parts as [string, string, string, string];
  if (version !== SEALED_VERSION || !KEY_ID.test(keyId)) return null;
  if (!BASE64URL.test(nonce) || !BASE64URL.test(sealed)) return null;
  const parsed = { keyId, nonce: Buffer.from(nonce, 'base64url'), sealed: Buffer.from(sealed, 'base64url') };
  if (parsed.nonce.length !== NONCE_BYTES || parsed.sealed.length < TAG_BYTES) return null;
  return parsed;
}

/** The key id a sealed value names, or null when the value is not in this format. */
export function sealedKeyId(value: string): string | null {
  return parseSealed(value)?.keyId ?? null;
}

/** Opens a value sealed by sealSecret; throws SecretDecryptionFailed, never a crypto error. */
export function openSecret(value: string, key: SecretKey, context?: string): Buffer {
  const parts = parseSealed(value);
  if (!parts) throw new SecretDecryptionFailed(null, 'malformed');
  if (parts.keyId !== key.id) throw new SecretDecryptionFailed(parts.keyId, 'key-mismatch');
  const tagStart = parts.sealed.length - TAG_BYTES;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.material, parts.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(key.id, context));
    decipher.setAuthTag(parts.sealed.subarray(tagStart));
    return Buffer.concat([decipher.update(parts.sealed.subarray(0, tagStart)), decipher.final()]);
  } catch {
    throw new SecretDecryptionFailed(parts.keyId, 'authentication-failed');
  }
}

export function openSecretText(value: string, key: SecretKey, context?: string): string {
  return openSecret(value, key, context).toString('utf8');
}
