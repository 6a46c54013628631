import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CapabilityUnavailable, ProviderValidationFailed } from '../errors.ts';
import type { VoipAccountSandbox } from './sandbox.ts';
import { acmeRef, adapterFor, harborRef, manualClock, startTestSandbox } from './test-environment.ts';

const DAY = 86_400_000;
const clock = manualClock();

let sandbox: VoipAccountSandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox({ now: clock.now });
});
afterEach(async () => {
  await sandbox.close();
});

describe('listCdrs', () => {
  it('sends the window backwards (start = to, end = from) as Unix seconds', async () => {
    const from = new Date(clock.now() - 3 * DAY + 500);
    const to = new Date(clock.now() - DAY + 500);
    await adapterFor(sandbox).listCdrs(acmeRef, { from, to });
    expect(sandbox.requestBodies('cdr')[0]).toEqual({ start: Math.ceil(to.getTime() / 1000), end: Math.floor(from.getTime() / 1000), apikey: acmeRef.authToken });
  });

  it('returns every call inside [from, to) as one page, oldest first, with E.164 numbers and costs in the account currency', async () => {
    const from = new Date(clock.now() - 7 * DAY);
    const to = new Date(clock.now() - 2 * DAY);
    const page = await adapterFor(sandbox).listCdrs(harborRef, { from, to });

    expect(page.items.length).toBeGreaterThan(10);
    expect(page).toMatchObject({ page: 1, perPage: page.items.length, total: page.items.length, hasMore: false });
    const starts = page.items.map((call) => call.startedAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const call of page.items) {
      expect(call.startedAt >= from && call.startedAt < to).toBe(true);
      expect(call.from).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(call.to).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(call.direction === 'outbound' ? call.from : call.to).toBe('+442071234567');
      expect(call.cost?.amount).toMatch(/^\d+(\.\d{1,5})?$/);
      expect(call.cost?.currency).toBe('USD');
      expect(call.billableSeconds).toBeLessThanOrEqual(call.durationSeconds);
      expect(call.endedAt!.getTime() - call.startedAt.getTime()).toBe(call.durationSeconds * 1000);
      expect(call.answeredAt === null).toBe(call.status !== 'answered');
      expect(call.providerAccountId).toBe(harborRef.providerAccountId);
    }
    expect(new Set(page.items.map((call) => call.status)).has('answered')).toBe(true);
  });

  it('generates the same calls for the same seed and clock', async () => {
    const other = await startTestSandbox({ now: clock.now });
    try {
      const query = { from: new Date(clock.now() - 10 * DAY), to: new Date(clock.now()) };
      const first = await adapterFor(sandbox).listCdrs(acmeRef, query);
      const second = await adapterFor(other).listCdrs(acmeRef, query);
      expect(second.items).toEqual(first.items);
    } finally {
      await other.close();
    }
  });

  it('answers a later page with no items and without spending an hourly call', async () => {
    const page = await adapterFor(sandbox).listCdrs(acmeRef, { from: new Date(clock.now() - DAY), to: new Date(clock.now()), page: 2 });
    expect(page.items).toEqual([]);
    expect(page.hasMore).toBe(false);
    expect(sandbox.hits('cdr')).toBe(0);
  });

  it('is unavailable across all customers: the provider lists calls per account only', async () => {
    await expect(adapterFor(sandbox).listCdrs(null, { from: new Date(clock.now() - DAY), to: new Date(clock.now()) })).rejects.toBeInstanceOf(CapabilityUnavailable);
  });

  it('refuses a window whose end is not after its start, without a request', async () => {
    const at = new Date(clock.now());
    await expect(adapterFor(sandbox).listCdrs(acmeRef, { from: at, to: at })).rejects.toBeInstanceOf(ProviderValidationFailed);
    expect(sandbox.hits('cdr')).toBe(0);
  });
});
