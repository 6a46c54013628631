import type { PrismaClient } from '../../db/client.ts';
import type { BudgetLimit, BudgetState, RateBudget } from './rate-budget.ts';

/**
 * The budget kept in PostgreSQL, so every portal process (web, workers) draws from the
 * same count. A per-key advisory lock makes check-and-record atomic across processes.
 */
export function databaseRateBudget(db: PrismaClient, now: () => Date = () => new Date()): RateBudget {
  return {
    async take(key, limit) {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rate-budget:${key}`}))`;
        const at = now();
        const windowStart = new Date(at.getTime() - limit.windowMs);
        const inWindow = await tx.providerCallLog.findMany({
          where: { budgetKey: key, calledAt: { gt: windowStart } },
          orderBy: { calledAt: 'asc' },
          select: { calledAt: true },
        });
        if (inWindow.length >= limit.calls) {
          return { ok: false as const, retryAt: new Date(inWindow[0]!.calledAt.getTime() + limit.windowMs) };
        }
        await tx.providerCallLog.deleteMany({ where: { budgetKey: key, calledAt: { lte: windowStart } } });
        await tx.providerCallLog.create({ data: { budgetKey: key, calledAt: at } });
        return { ok: true as const };
      });
    },
    async peek(key: string, limit: BudgetLimit): Promise<BudgetState> {
      const windowStart = new Date(now().getTime() - limit.windowMs);
      const inWindow = await db.providerCallLog.findMany({
        where: { budgetKey: key, calledAt: { gt: windowStart } },
        orderBy: { calledAt: 'asc' },
        select: { calledAt: true },
      });
      const remaining = Math.max(0, limit.calls - inWindow.length);
      return {
        key,
        used: inWindow.length,
        remaining,
        nextAllowedAt: remaining > 0 ? null : new Date(inWindow[0]!.calledAt.getTime() + limit.windowMs),
      };
    },
  };
}
