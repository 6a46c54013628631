import type { Prisma, PrismaClient } from '../db/client.ts';
import { ProviderError } from './errors.ts';

export type CachedRead<T> = {
  data: T | null;
  /** When `data` was fetched from the provider; older than now when the provider failed. */
  fetchedAt: Date | null;
  fresh: boolean;
  error: { code: string; message: string; retryAt: Date | null } | null;
};

/**
 * Reads through to the provider and keeps the last good answer. When the provider fails
 * (unreachable, rate-limited, …) the caller gets the last known data with its age and the
 * typed error's message instead of an exception, so a page never breaks on a provider.
 */
export async function readThroughProviderCache<T>(
  db: PrismaClient,
  entry: { connectionId: string; cacheKey: string },
  fetchFromProvider: () => Promise<T>,
  revive: (json: unknown) => T,
  options: { maxAgeMs?: number } = {},
): Promise<CachedRead<T>> {
  // Within maxAge the remembered answer is good enough: it spares providers with tight limits.
  if (options.maxAgeMs) {
    const cached = await db.providerCacheEntry.findUnique({ where: { connectionId_cacheKey: entry } });
    if (cached && Date.now() - cached.fetchedAt.getTime() < options.maxAgeMs) {
      return { data: revive(cached.payload), fetchedAt: cached.fetchedAt, fresh: false, error: null };
    }
  }
  try {
    const data = await fetchFromProvider();
    const fetchedAt = new Date();
    const payload = JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue;
    await db.providerCacheEntry.upsert({
      where: { connectionId_cacheKey: entry },
      create: { ...entry, payload, fetchedAt },
      update: { payload, fetchedAt },
    });
    return { data, fetchedAt, fresh: true, error: null };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    const cached = await db.providerCacheEntry.findUnique({ where: { connectionId_cacheKey: entry } });
    const retryAt = 'retryAt' in error && error.retryAt instanceof Date ? error.retryAt : null;
    return {
      data: cached ? revive(cached.payload) : null,
      fetchedAt: cached?.fetchedAt ?? null,
      fresh: false,
      error: { code: error.code, message: error.message, retryAt },
    };
  }
}
