import { Prisma } from '../../db/client.ts';

export type BoundedKey = { key: string; bound: Prisma.Decimal };

/** How many items may be valued exactly before ranking everything at once is cheaper. */
export function maxValuedFor(limit: number): number {
  return limit * 24;
}
export type ExactValue<R> = { key: string; value: Prisma.Decimal; row: R };

const byValueThenKey = <R>(a: ExactValue<R>, b: ExactValue<R>) => b.value.comparedTo(a.value) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The `limit` items with the highest exact value (ties: lower key first), when an upper
 * bound is cheap to know (e.g. sums over whole months around a period) and the exact value
 * is dear. A bound belongs to a group of items (a customer and its numbers) or to one item:
 * `exact` values the items of the groups it is given. Groups are valued in order of their
 * bound, in growing batches, until the next bound cannot beat the `limit`-th exact value:
 * then no unvalued item can make the list, so the answer equals ranking every item exactly.
 * When the bounds are too loose to decide within `maxValued` items (values all alike),
 * it gives up with null: ranking everything at once is then cheaper. So callers need pass
 * only the `maxValued + 1` highest bounds.
 */
export async function topByBound<R>(
  bounds: BoundedKey[],
  limit: number,
  /** The items of these groups, each with its own key (for ties) and exact value. */
  exact: (keys: string[]) => Promise<Array<ExactValue<R>>>,
  { maxValued = maxValuedFor(limit) }: { maxValued?: number } = {},
): Promise<R[] | null> {
  const queue = [...bounds].sort((a, b) => b.bound.comparedTo(a.bound) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const valued: Array<ExactValue<R>> = [];
  let next = 0;
  let batch = limit * 3;
  while (true) {
    const keys = queue.slice(next, next + batch).map((item) => item.key);
    next += keys.length;
    if (keys.length > 0) valued.push(...(await exact(keys)));
    valued.sort(byValueThenKey);
    const nextBound = queue[next]?.bound;
    const cutoff = valued[limit - 1]?.value;
    if (nextBound === undefined || (cutoff !== undefined && nextBound.lessThan(cutoff))) return valued.slice(0, limit).map((item) => item.row);
    if (next >= maxValued) return null;
    batch = Math.min(batch * 2, maxValued - next);
  }
}
