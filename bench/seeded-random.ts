/**
 * A small seeded pseudo-random generator (mulberry32). The benchmark draws millions of
 * values; this is several times faster than faker and gives the same data for the same
 * seed on every machine, so two runs measure the same rows.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `length` decimal digits. */
  digits(length: number): string;
  /** Lower-case hexadecimal, `length` characters. */
  hex(length: number): string;
  /** Normally distributed (Box-Muller). */
  normal(mean: number, deviation: number): number;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    digits: (length) => {
      let text = '';
      for (let i = 0; i < length; i += 1) text += String(Math.floor(next() * 10));
      return text;
    },
    hex: (length) => {
      let text = '';
      while (text.length < length) text += Math.floor(next() * 4294967296).toString(16).padStart(8, '0');
      return text.slice(0, length);
    },
    normal: (mean, deviation) => {
      const u = 1 - next();
      const v = next();
      return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Draws an index with probability proportional to its weight (binary search on the running sums). */
export function weightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) {
    sum += weight;
    cumulative.push(sum);
  }
  return (random) => {
    const target = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
