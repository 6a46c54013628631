import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderRateLimited, ProviderUnavailable } from '../errors.ts';
import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import type { VoipAccountSandbox } from './sandbox.ts';
import { HOURLY_LIMIT, rateBudgetKey } from './schemas.ts';
import { acmeRef, adapterFor, harborRef, manualClock, startTestSandbox } from './test-environment.ts';

const HOUR = HOURLY_LIMIT.windowMs;

let clock: ReturnType<typeof manualClock>;
let sandbox: VoipAccountSandbox;
beforeEach(async () => {
  clock = manualClock();
  sandbox = await startTestSandbox({ now: clock.now });
});
afterEach(async () => {
  await sandbox.close();
});

describe('hourly-limited calls', () => {
  it('refuse the seventh info call within an hour from the budget, without reaching the provider', async () => {
    const adapter = adapterFor(sandbox, { rateBudget: memoryRateBudget(clock.now) });
    const firstAt = clock.now();
    for (let i = 0; i < 6; i++) {
      await adapter.getBalance(acmeRef);
      clock.advance(60_000);
    }
    const refused = await adapter.getBalance(acmeRef).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProviderRateLimited);
    expect((refused as ProviderRateLimited).retryAt.getTime()).toBe(firstAt + HOUR);
    expect(sandbox.hits('info')).toBe(6);
  });

  it('allow the call again once the oldest one has left the hour', async () => {
    const adapter = adapterFor(sandbox, { rateBudget: memoryRateBudget(clock.now) });
    for (let i = 0; i < 6; i++) await adapter.getAccount(acmeRef);
    await expect(adapter.getAccount(acmeRef)).rejects.toBeInstanceOf(ProviderRateLimited);
    clock.advance(HOUR + 1);
    await expect(adapter.getAccount(acmeRef)).resolves.toMatchObject({ providerAccountId: acmeRef.providerAccountId });
    expect(sandbox.hits('info')).toBe(7);
  });

  it('share one budget across connections to the same provider host (same portal IP)', async () => {
    const rateBudget = memoryRateBudget(clock.now);
    const first = adapterFor(sandbox, { rateBudget, connectionId: 'partner-a' });
    const second = adapterFor(sandbox, { rateBudget, connectionId: 'partner-b', adminApiKey: 'another-partner-admin-key' });
    for (let i = 0; i < 3; i++) {
      await first.getBalance(acmeRef);
      await second.getBalance(harborRef);
    }
    await expect(first.getBalance(acmeRef)).rejects.toBeInstanceOf(ProviderRateLimited);
    expect(sandbox.hits('info')).toBe(6);
  });

  it('count each endpoint separately: spent info calls leave recurring charges and CDRs available', async () => {
    const adapter = adapterFor(sandbox, { rateBudget: memoryRateBudget(clock.now) });
    for (let i = 0; i < 6; i++) await adapter.getBalance(acmeRef);
    await expect(adapter.getRecurringCharges(acmeRef)).resolves.toHaveProperty('total');
    await expect(adapter.listCdrs(acmeRef, { from: new Date(clock.now() - HOUR), to: new Date(clock.now()) })).resolves.toHaveProperty('items');
  });

  it('leave the SIP lookup unlimited', async () => {
    const rateBudget = memoryRateBudget(clock.now);
    const adapter = adapterFor(sandbox, { rateBudget });
    for (let i = 0; i < 8; i++) await adapter.getSipRegistration(harborRef);
    expect(sandbox.hits('sip')).toBe(8);
  });

  it('turn the provider’s own 429 into ProviderRateLimited with its Retry-After when a budget was bypassed', async () => {
    // Two portals without a shared budget, behind one IP: the provider counts both.
    const first = adapterFor(sandbox, { rateBudget: memoryRateBudget(clock.now) });
    const second = adapterFor(sandbox, { rateBudget: memoryRateBudget(clock.now) });
    for (let i = 0; i < 6; i++) await first.getBalance(acmeRef);
    clock.advance(10 * 60_000);
    const before = Date.now();
    const refused = await second.getBalance(acmeRef).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProviderRateLimited);
    const waitMs = (refused as ProviderRateLimited).retryAt.getTime() - before;
    expect(waitMs).toBeGreaterThan(49 * 60_000);
    expect(waitMs).toBeLessThanOrEqual(50 * 60_000 + 1000);
    // Sent once: a 429 on a limited call is never retried.
    expect(sandbox.hits('info')).toBe(7);
  });

  it('send a limited read once even when it fails with a 5xx: a retry would spend another hourly call', async () => {
    const rateBudget = memoryRateBudget(clock.now);
    let requests = 0;
    const countingFetch: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    sandbox.setFaults({ errorRate: 1, errorStatus: 503 });
    await expect(adapterFor(sandbox, { rateBudget, fetch: countingFetch }).getBalance(acmeRef)).rejects.toBeInstanceOf(ProviderUnavailable);
    expect(requests).toBe(1);
    expect((await rateBudget.peek(rateBudgetKey(sandbox.url, 'info'), HOURLY_LIMIT)).remaining).toBe(5);
  });
});
