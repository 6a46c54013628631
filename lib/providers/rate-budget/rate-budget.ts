/**
 * A budget for provider calls that the provider itself limits (e.g. 6 an hour per IP).
 * The adapter takes from it before sending; when it is spent the call is not sent and the
 * caller learns when the next one is allowed (ProviderRateLimited.retryAt).
 */
export type BudgetLimit = { calls: number; windowMs: number };

export type BudgetState = { key: string; used: number; remaining: number; nextAllowedAt: Date | null };

export interface RateBudget {
  /** Reserves one call, or says when the next one is allowed (the call must not be sent). */
  take(key: string, limit: BudgetLimit): Promise<{ ok: true } | { ok: false; retryAt: Date }>;
  peek(key: string, limit: BudgetLimit): Promise<BudgetState>;
}

/** In-process budget, for unit tests and the sandboxes' own bookkeeping. */
export function memoryRateBudget(now: () => number = Date.now): RateBudget {
  const calls = new Map<string, number[]>();
  const recent = (key: string, windowMs: number) => (calls.get(key) ?? []).filter((at) => at > now() - windowMs);
  return {
    async take(key, limit) {
      const inWindow = recent(key, limit.windowMs);
      if (inWindow.length >= limit.calls) return { ok: false, retryAt: new Date(inWindow[0]! + limit.windowMs) };
      calls.set(key, [...inWindow, now()]);
      return { ok: true };
    },
    async peek(key, limit) {
      const inWindow = recent(key, limit.windowMs);
      const remaining = Math.max(0, limit.calls - inWindow.length);
      return { key, used: inWindow.length, remaining, nextAllowedAt: remaining > 0 ? null : new Date(inWindow[0]! + limit.windowMs) };
    },
  };
}
