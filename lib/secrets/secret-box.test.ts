import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretDecryptionFailed } from './errors.ts';
import { openSecretText, sealSecret, sealedKeyId, secretKey } from './secret-box.ts';

const PLAINTEXT = 'vobiz-auth-token-5f3c9a';
const key = secretKey('k1', randomBytes(32));

function failureOf(run: () => unknown): SecretDecryptionFailed {
  try {
    run();
  } catch (error) {
    if (error instanceof SecretDecryptionFailed) return error;
    throw error;
  }
  throw new Error('expected SecretDecryptionFailed');
}

// Flips one character of the base64url part at index `part`, keeping it valid base64url.
function tamper(sealed: string, part: number): string {
  const parts = sealed.split('.');
  const text = parts[part]!;
  const flipped = text[0] === 'A' ? 'B' : 'A';
  parts[part] = flipped + text.slice(1);
  return parts.join('.');
}

describe('secret box (AES-256-GCM)', () => {
  it('round-trips a value, including unicode and the empty string', () => {
    for (const value of [PLAINTEXT, 'päss wörd ✓', '']) {
      expect(openSecretText(sealSecret(value, key), key)).toBe(value);
    }
  });

  it('writes v1.<keyId>.<nonce>.<ciphertext+tag> and names its key', () => {
    const sealed = sealSecret(PLAINTEXT, key);
    expect(sealed).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealedKeyId(sealed)).toBe('k1');
    expect(sealedKeyId('not a ciphertext')).toBeNull();
  });

  it('uses a fresh nonce, so the same plaintext never gives the same ciphertext', () => {
    const first = sealSecret(PLAINTEXT, key);
    const second = sealSecret(PLAINTEXT, key);
    expect(first).not.toBe(second);
    expect(first.split('.')[2]).not.toBe(second.split('.')[2]);
  });

  it('never contains the plaintext', () => {
    const sealed = sealSecret(PLAINTEXT, key);
    expect(sealed).not.toContain(PLAINTEXT);
    expect(sealed).not.toContain(Buffer.from(PLAINTEXT).toString('base64url'));
  });

  it('detects a tampered ciphertext, tag or nonce', () => {
    const sealed = sealSecret(PLAINTEXT, key);
    for (const part of [2, 3]) {
      const failure = failureOf(() => openSecretText(tamper(sealed, part), key));
      expect(failure.reason).toBe('authentication-failed');
      expect(failure.keyId).toBe('k1');
    }
  });

  it('detects a value relabelled with another key id', () => {
    const otherKey = secretKey('k2', key.material);
    const relabelled = sealSecret(PLAINTEXT, key).replace(/^v1\.k1\./, 'v1.k2.');
    expect(failureOf(() => openSecretText(relabelled, otherKey)).reason).toBe('authentication-failed');
  });

  it('binds a value to its context, so it cannot be moved to another use', () => {
    const sealed = sealSecret(PLAINTEXT, key, 'Customer.authTokenEnc');
    expect(openSecretText(sealed, key, 'Customer.authTokenEnc')).toBe(PLAINTEXT);
    expect(failureOf(() => openSecretText(sealed, key, 'ProviderConnection.secretsEnc')).reason).toBe('authentication-failed');
  });

  it('fails with a typed error naming the key when opened with the wrong key material', () => {
    const wrongKey = secretKey('k1', randomBytes(32));
    const failure = failureOf(() => openSecretText(sealSecret(PLAINTEXT, key), wrongKey));
    expect(failure).toBeInstanceOf(SecretDecryptionFailed);
    expect(failure.keyId).toBe('k1');
    expect(failure.reason).toBe('authentication-failed');
  });

  it('refuses to open a value with a key other than the one it names', () => {
    const failure = failureOf(() => openSecretText(sealSecret(PLAINTEXT, key), secretKey('k2', randomBytes(32))));
    expect(failure.reason).toBe('key-mismatch');
  });

  it('rejects values that are not in the format as malformed', () => {
    for (const value of [PLAINTEXT, 'v2.k1.AAAA.BBBB', 'v1.k1.short.AAAA', 'v1.k.1.AAAAAAAAAAAAAAAA.AAAA']) {
      expect(failureOf(() => openSecretText(value, key)).reason).toBe('malformed');
    }
  });

  it('keeps plaintext and ciphertext out of error messages', () => {
    const sealed = sealSecret(PLAINTEXT, key);
    const failures = [
      failureOf(() => openSecretText(tamper(sealed, 3), key)),
      failureOf(() => openSecretText(sealed, secretKey('k1', randomBytes(32)))),
      failureOf(() => openSecretText(PLAINTEXT, key)),
    ];
    for (const failure of failures) {
      const shown = `${failure.message} ${failure.stack ?? ''} ${JSON.stringify(failure)}`;
      expect(shown).not.toContain(PLAINTEXT);
      expect(shown).not.toContain(sealed.split('.')[3]);
      expect(shown).not.toContain(sealed.split('.')[2]);
    }
  });

  it('rejects key material that is not 32 bytes and ids the format cannot carry', () => {
    expect(() => secretKey('k1', randomBytes(16))).toThrow(/32 bytes/);
    expect(() => secretKey('k.1', randomBytes(32))).toThrow(/key id/);
  });
});
