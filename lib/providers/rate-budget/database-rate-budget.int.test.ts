import { inject } from 'vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { databaseRateBudget } from './database-rate-budget';

const HOUR = 60 * 60 * 1000;
const SIX_AN_HOUR = { calls: 6, windowMs: HOUR };

beforeEach(async () => {
  await resetDatabase();
});

describe('databaseRateBudget', () => {
  it('allows exactly the limit across processes, even when they ask at the same moment', async () => {
    // Two clients stand for two portal processes sharing the database.
    const other = createPrismaClient(inject('databaseUrl'), inject('databasePoolMax'));
    try {
      const budgets = [databaseRateBudget(testDb()), databaseRateBudget(other)];
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => budgets[i % 2]!.take('voip:info', SIX_AN_HOUR)));
      expect(results.filter((r) => r.ok)).toHaveLength(6);
      expect(results.filter((r) => !r.ok)).toHaveLength(4);
    } finally {
      await other.$disconnect();
    }
  });

  it('says when the next call is allowed: when the oldest call in the window ages out', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const budget = databaseRateBudget(testDb(), () => now);
    for (let minute = 0; minute < 6; minute++) {
      now = new Date(Date.UTC(2026, 10, 26, 10, minute * 10));
      expect((await budget.take('voip:cdr', SIX_AN_HOUR)).ok).toBe(true);
    }
    now = new Date('2026-11-26T10:55:00Z');
    expect(await budget.take('voip:cdr', SIX_AN_HOUR)).toEqual({ ok: false, retryAt: new Date('2026-11-26T11:00:00Z') });
    expect(await budget.peek('voip:cdr', SIX_AN_HOUR)).toMatchObject({ used: 6, remaining: 0, nextAllowedAt: new Date('2026-11-26T11:00:00Z') });

    now = new Date('2026-11-26T11:00:01Z');
    expect((await budget.take('voip:cdr', SIX_AN_HOUR)).ok).toBe(true);
    expect((await budget.peek('voip:cdr', SIX_AN_HOUR)).remaining).toBe(0);
  });

  it('keeps separate counts per key', async () => {
    const budget = databaseRateBudget(testDb());
    for (let i = 0; i < 6; i++) await budget.take('voip:info', SIX_AN_HOUR);
    expect((await budget.take('voip:mrc', SIX_AN_HOUR)).ok).toBe(true);
    expect((await budget.peek('voip:mrc', SIX_AN_HOUR)).remaining).toBe(5);
  });
});
