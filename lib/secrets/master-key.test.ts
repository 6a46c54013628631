import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EncryptionKeyMissing, SecretDecryptionFailed } from './errors.ts';
import { nextDataKeyId } from './key-ring.ts';
import { masterKey, masterKeysFromEnv, unwrapDataKey, wrapDataKey } from './master-key.ts';
import { secretKey } from './secret-box.ts';

describe('data keys wrapped by the master key', () => {
  const master = masterKey(randomBytes(32).toString('base64'));

  it('unwraps with the master key that wrapped it, current or previous', () => {
    const dataKey = secretKey('k7', randomBytes(32));
    const wrapped = wrapDataKey(dataKey, master);
    const current = masterKey(randomBytes(32).toString('base64'));
    expect(unwrapDataKey('k7', wrapped, { current: master }).material).toEqual(dataKey.material);
    expect(unwrapDataKey('k7', wrapped, { current, previous: master }).material).toEqual(dataKey.material);
    expect(() => unwrapDataKey('k7', wrapped, { current })).toThrow(/PORTAL_ENCRYPTION_KEY/);
  });

  it('cannot be moved to another key id', () => {
    const wrapped = wrapDataKey(secretKey('k1', randomBytes(32)), master);
    expect(() => unwrapDataKey('k2', wrapped, { current: master })).toThrow(SecretDecryptionFailed);
  });

  it('gives the master key an id that does not reveal it', () => {
    const base64 = randomBytes(32).toString('base64');
    const { id } = masterKey(base64);
    expect(id).toMatch(/^m[0-9a-f]{16}$/);
    expect(masterKey(base64).id).toBe(id);
    expect(Buffer.from(base64, 'base64').toString('hex')).not.toContain(id.slice(1));
  });

  it('names PORTAL_ENCRYPTION_KEY when it is missing', () => {
    expect(() => masterKeysFromEnv({})).toThrow(EncryptionKeyMissing);
    expect(() => masterKeysFromEnv({})).toThrow(/PORTAL_ENCRYPTION_KEY/);
  });

  it('takes PORTAL_ENCRYPTION_KEY_PREVIOUS as the previous master key', () => {
    const current = randomBytes(32).toString('base64');
    const previous = randomBytes(32).toString('base64');
    const keys = masterKeysFromEnv({ PORTAL_ENCRYPTION_KEY: current, PORTAL_ENCRYPTION_KEY_PREVIOUS: previous });
    expect(keys.current.id).toBe(masterKey(current).id);
    expect(keys.previous?.id).toBe(masterKey(previous).id);
  });
});

describe('data key ids', () => {
  it('count up from k1, past ids of retired keys', () => {
    expect(nextDataKeyId([])).toBe('k1');
    expect(nextDataKeyId(['k1', 'k10', 'k2'])).toBe('k11');
  });
});
