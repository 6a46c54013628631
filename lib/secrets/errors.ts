/**
 * Errors of lib/secrets. Messages name keys and variables, never a plaintext, a
 * ciphertext or key material, so they are safe to log and to show.
 */

export class EncryptionKeyMissing extends Error {
  constructor() {
    super(
      'PORTAL_ENCRYPTION_KEY is not set: set it to 32 random bytes in base64 (openssl rand -base64 32) to read or write secrets.',
    );
    this.name = 'EncryptionKeyMissing';
  }
}

export type DecryptionFailureReason =
  | 'malformed' // not a value this module wrote
  | 'unknown-key' // names a key id the database does not hold
  | 'key-retired' // its key was retired, so no rotation re-encrypted this copy
  | 'key-mismatch' // opened with a key other than the one it names
  | 'authentication-failed' // tampered with, moved, or the key material is wrong
  | 'not-json'; // opened, but decryptSecretJson found no JSON inside

const REASON_TEXT: Record<DecryptionFailureReason, string> = {
  malformed: 'not a recognised ciphertext',
  'unknown-key': 'its key is not in the database',
  'key-retired': 'its key has been retired',
  'key-mismatch': 'it names a different key',
  'authentication-failed': 'authentication failed (tampered with or wrong key)',
  'not-json': 'the decrypted value is not JSON',
};

export class SecretDecryptionFailed extends Error {
  constructor(
    readonly keyId: string | null,
    readonly reason: DecryptionFailureReason,
  ) {
    super(`A secret could not be decrypted (key ${keyId ?? 'unknown'}): ${REASON_TEXT[reason]}.`);
    this.name = 'SecretDecryptionFailed';
  }
}

/** A data-encryption key was wrapped by a master key the portal was not given. */
export class MasterKeyMismatch extends Error {
  constructor(readonly keyId: string) {
    super(
      `Encryption key ${keyId} is wrapped by a different master key: set PORTAL_ENCRYPTION_KEY to the key it was created with, or PORTAL_ENCRYPTION_KEY_PREVIOUS to it during a master-key rotation.`,
    );
    this.name = 'MasterKeyMismatch';
  }
}

/** A programming error: key material of the wrong size or an id the format cannot carry. */
export class InvalidSecretKey extends Error {
  constructor(readonly detail: string) {
    super(`Invalid encryption key: ${detail}.`);
    this.name = 'InvalidSecretKey';
  }
}

/** The table holds keys but none is ACTIVE, which only a manual edit can cause. */
export class NoActiveEncryptionKey extends Error {
  constructor() {
    super('No ACTIVE encryption key: run `npm run keys:rotate` to create one.');
    this.name = 'NoActiveEncryptionKey';
  }
}
