import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/client';
import { topByBound } from './top-by-bound';

const decimal = (value: number) => new Prisma.Decimal(value);

/** Items with an exact value and a bound at least as high; records which keys were valued. */
function scenario(items: Array<[string, number, number]>) {
  const valuedKeys: string[] = [];
  const exact = async (keys: string[]) => {
    valuedKeys.push(...keys);
    return items.filter(([key]) => keys.includes(key)).map(([key, value]) => ({ key, value: decimal(value), row: key }));
  };
  return { bounds: items.map(([key, , bound]) => ({ key, bound: decimal(bound) })), exact, valuedKeys };
}

function bruteForce(items: Array<[string, number, number]>, limit: number): string[] {
  return [...items].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([key]) => key);
}

describe('topByBound', () => {
  it('stops early when the remaining bounds cannot beat the last place', async () => {
    const items: Array<[string, number, number]> = Array.from({ length: 100 }, (_, index) => [`k${String(index).padStart(3, '0')}`, 1000 - index * 10, 1000 - index * 10 + 5]);
    const { bounds, exact, valuedKeys } = scenario(items);
    expect(await topByBound(bounds, 3, exact)).toEqual(['k000', 'k001', 'k002']);
    expect(valuedKeys).toHaveLength(9);
  });

  it('keeps looking when a loose bound hides a better item further down', async () => {
    // Twenty items whose loose bounds rank above the real winners: the search must go past them.
    const items: Array<[string, number, number]> = [
      ...Array.from({ length: 20 }, (_, index): [string, number, number] => [`a${String(index).padStart(2, '0')}`, 1, 100]),
      ['b00', 90, 95],
      ['b01', 80, 94],
    ];
    const { bounds, exact } = scenario(items);
    expect(await topByBound(bounds, 2, exact)).toEqual(['b00', 'b01']);
  });

  it('matches ranking every item exactly, ties broken by key', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 50; round += 1) {
      const items: Array<[string, number, number]> = Array.from({ length: 40 }, (_, index) => {
        const value = Math.floor(random() * 20);
        return [`k${String(index).padStart(2, '0')}`, value, value + Math.floor(random() * 30)];
      });
      const { bounds, exact } = scenario(items);
      expect(await topByBound(bounds, 5, exact)).toEqual(bruteForce(items, 5));
    }
  });

  it('ranks the items of groups that share one bound, e.g. a customer’s numbers under the customer’s minutes', async () => {
    const groups: Record<string, Array<[string, number]>> = {
      g1: [['g1-a', 40], ['g1-b', 35], ['g1-c', 30]],
      g2: [['g2-a', 50]],
      g3: [['g3-a', 20], ['g3-b', 19]],
      g4: [['g4-a', 18]],
      g5: [['g5-a', 1]],
    };
    const bounds = Object.entries({ g1: 120, g2: 60, g3: 45, g4: 20, g5: 2 }).map(([key, bound]) => ({ key, bound: decimal(bound) }));
    const valued: string[] = [];
    const exact = async (keys: string[]) => {
      valued.push(...keys);
      return keys.flatMap((key) => groups[key]!.map(([item, value]) => ({ key: item, value: decimal(value), row: item })));
    };
    expect(await topByBound(bounds, 1, exact)).toEqual(['g2-a']);
    // The first batch (three groups) already holds an item (50) that g4's bound (20) cannot beat.
    expect(valued).toEqual(['g1', 'g2', 'g3']);
    expect(await topByBound(bounds, 3, exact)).toEqual(['g2-a', 'g1-a', 'g1-b']);
  });

  it('gives up when the bounds cannot decide within the allowed number of items', async () => {
    const items: Array<[string, number, number]> = Array.from({ length: 100 }, (_, index) => [`k${String(index).padStart(3, '0')}`, 1, 50]);
    const { bounds, exact, valuedKeys } = scenario(items);
    expect(await topByBound(bounds, 2, exact, { maxValued: 20 })).toBeNull();
    expect(valuedKeys).toHaveLength(20);
  });

  it('returns fewer items when fewer exist, and nothing for nothing', async () => {
    const { bounds, exact } = scenario([['x', 3, 4]]);
    expect(await topByBound(bounds, 10, exact)).toEqual(['x']);
    expect(await topByBound([], 10, exact)).toEqual([]);
  });
});
