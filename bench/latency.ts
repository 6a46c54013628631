import { performance } from 'node:perf_hooks';

/** Latency of repeated calls, in milliseconds, measured around the whole awaited call. */
export type Latency = { iterations: number; p50: number; p95: number; min: number; max: number; mean: number };

/** Nearest-rank percentile of ascending `sorted` values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no values');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    iterations: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
  };
}

/** Runs `call` `warmup` times unmeasured (plans and caches settle), then `iterations` times measured, one at a time. */
export async function measureLatency(call: () => Promise<unknown>, { warmup, iterations }: { warmup: number; iterations: number }): Promise<Latency> {
  for (let i = 0; i < warmup; i += 1) await call();
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return summarize(times);
}
