import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { ProviderRateLimited, ProviderUnavailable } from './errors';
import { readThroughProviderCache } from './provider-cache';

const db = testDb();
const entry = { connectionId: 'conn-1', cacheKey: 'balance:MA_1' };
const revive = (json: unknown) => json as { amount: string };

beforeEach(async () => {
  await resetDatabase();
});

describe('readThroughProviderCache', () => {
  it('returns live data and remembers it', async () => {
    const read = await readThroughProviderCache(db, entry, async () => ({ amount: '10.00' }), revive);
    expect(read).toMatchObject({ data: { amount: '10.00' }, fresh: true, error: null });
    expect(await db.providerCacheEntry.count()).toBe(1);
  });

  it('falls back to the last known data with its age and the reason when the provider fails', async () => {
    const first = await readThroughProviderCache(db, entry, async () => ({ amount: '10.00' }), revive);
    const read = await readThroughProviderCache(db, entry, () => Promise.reject(new ProviderUnavailable('VOBIZ', 'x', 'timed out')), revive);
    expect(read.data).toEqual({ amount: '10.00' });
    expect(read.fresh).toBe(false);
    expect(read.fetchedAt).toEqual(first.fetchedAt);
    expect(read.error?.message).toMatch(/not responding/);
  });

  it('passes on when the next call is allowed, even with nothing cached', async () => {
    const retryAt = new Date(Date.now() + 3_600_000);
    const read = await readThroughProviderCache(db, entry, () => Promise.reject(new ProviderRateLimited('VOIP_ACCOUNT', 'info', retryAt)), revive);
    expect(read).toMatchObject({ data: null, fetchedAt: null, error: { code: 'rate_limited', retryAt } });
  });

  it('does not hide programming errors', async () => {
    await expect(readThroughProviderCache(db, entry, () => Promise.reject(new TypeError('bug')), revive)).rejects.toThrow(TypeError);
  });
});

describe('readThroughProviderCache with a maximum age', () => {
  it('answers from the cache without calling the provider while the entry is young enough', async () => {
    await readThroughProviderCache(db, entry, async () => ({ amount: '10.00' }), revive);
    let calls = 0;
    const read = await readThroughProviderCache(db, entry, async () => ({ amount: String(++calls) }), revive, { maxAgeMs: 60_000 });
    expect(calls).toBe(0);
    expect(read).toMatchObject({ data: { amount: '10.00' }, fresh: false, error: null });
  });
});
