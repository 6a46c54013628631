import { describe, expect, it } from 'vitest';
import { measureLatency, percentile, summarize } from './latency.ts';

describe('percentile', () => {
  it('takes the nearest rank, so p95 of 20 values is the 19th', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
  });

  it('returns the only value of a single measurement', () => {
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('summarize', () => {
  it('sorts the times before taking percentiles', () => {
    expect(summarize([30, 10, 20, 40])).toMatchObject({ iterations: 4, p50: 20, p95: 40, min: 10, max: 40, mean: 25 });
  });
});

describe('measureLatency', () => {
  it('measures only the iterations after the warm-up calls', async () => {
    let calls = 0;
    const latency = await measureLatency(async () => { calls += 1; }, { warmup: 3, iterations: 5 });
    expect(calls).toBe(8);
    expect(latency.iterations).toBe(5);
  });
});
