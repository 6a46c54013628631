import { isPartnerActive } from '../partners/active-partners.ts';
import { Prisma, type CallStatus, type PrismaClient } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { rebuildRollups } from '../usage/rollups/rebuild-rollups.ts';
import { loadRater } from './load-rater.ts';
import type { Rater } from './rate-call.ts';
import { periodDays } from './rerate-period.ts';

const CALLS_PER_BATCH = 5_000;
const MOST_ERROR_CHARACTERS = 500;

export class PriceListNotFound extends Error {
  constructor(readonly priceListId: string) {
    super('The price list of this re-rate no longer exists.');
    this.name = 'PriceListNotFound';
  }
}

type CallRow = { id: bigint; startedAt: Date; destination: string; billableSeconds: number; status: CallStatus };
type Run = { id: string; partnerId: string; from: Date; to: Date };

/**
 * Prices every call of the run's partner, period and currency again, a batch at a time in
 * (startedAt, id) order, which the Cdr index on (partnerId, startedAt, id) serves: the
 * prices are worked out here with the rater and written with one UPDATE … FROM unnest per
 * batch, touching only rows whose price or prefix changes. Returns how many calls a price
 * list entry priced.
 */
async function repriceCalls(db: PrismaClient, run: Run, rater: Rater): Promise<number> {
  let priced = 0;
  let after: { startedAt: Date; id: bigint } | null = null;
  for (;;) {
    const calls: CallRow[] = await db.$queryRaw<CallRow[]>`
      SELECT id, "startedAt", destination, "billableSeconds", status::text AS status
      FROM "Cdr"
      WHERE "partnerId" = ${run.partnerId} AND currency = ${rater.currency}
        AND "startedAt" >= ${run.from} AND "startedAt" < ${run.to}
        ${after ? Prisma.sql`AND ("startedAt", id) > (${after.startedAt}, ${after.id})` : Prisma.empty}
      ORDER BY "startedAt", id
      LIMIT ${CALLS_PER_BATCH}`;
    if (calls.length === 0) return priced;

    const ids: string[] = [];
    const prices: Array<string | null> = [];
    const prefixes: Array<string | null> = [];
    for (const call of calls) {
      const rated = rater.rate(call);
      ids.push(call.id.toString());
      prices.push(rated?.sellPrice ?? null);
      prefixes.push(rated?.ratedPrefix ?? null);
      if (rated) priced += 1;
    }
    await db.$executeRaw`
      UPDATE "Cdr" AS cdr SET "sellPrice" = priced.sell, "ratedPrefix" = priced.prefix
      FROM unnest(${ids}::bigint[], ${prices}::numeric[], ${prefixes}::text[]) AS priced(id, sell, prefix)
      WHERE cdr.id = priced.id AND cdr."partnerId" = ${run.partnerId}
        AND (cdr."sellPrice" IS DISTINCT FROM priced.sell OR cdr."ratedPrefix" IS DISTINCT FROM priced.prefix)`;

    const last = calls[calls.length - 1]!;
    after = { startedAt: last.startedAt, id: last.id };
    if (calls.length < CALLS_PER_BATCH) return priced;
  }
}

/**
 * Carries out one re-rate run: RUNNING, the calls re-priced, the period's rollups rebuilt
 * from them, then DONE with the count — or FAILED with the reason, rethrown so the job
 * runner may retry. Running it again gives the same prices and rollups; a run already DONE
 * (a repeated delivery) is left alone.
 */
export async function rerateCalls(db: PrismaClient, rerateRunId: string): Promise<void> {
  const run = await db.rerateRun.findUnique({ where: { id: rerateRunId } });
  if (!run) {
    logger.warn({ rerateRunId }, 're-rate run not found; nothing to do');
    return;
  }
  if (run.status === 'DONE') return;
  if (!(await isPartnerActive(db, run.partnerId))) {
    await db.rerateRun.update({ where: { id: run.id }, data: { status: 'FAILED', error: 'The partner is suspended; request the re-rate again once it is reactivated.', finishedAt: new Date() } });
    return;
  }
  await db.rerateRun.update({ where: { id: run.id }, data: { status: 'RUNNING', error: null, finishedAt: null } });
  try {
    const [priceList, partner] = await Promise.all([
      db.priceList.findFirst({ where: { id: run.priceListId, partnerId: run.partnerId }, select: { currency: true } }),
      db.partner.findUniqueOrThrow({ where: { id: run.partnerId }, select: { timeZone: true } }),
    ]);
    const rater = priceList ? await loadRater(db, run.partnerId, priceList.currency) : null;
    if (!rater) throw new PriceListNotFound(run.priceListId);

    const ratedCalls = await repriceCalls(db, run, rater);
    const days = periodDays(run, partner.timeZone);
    await rebuildRollups(db, run.partnerId, days.from, days.to);
    await db.rerateRun.update({ where: { id: run.id }, data: { status: 'DONE', ratedCalls, finishedAt: new Date() } });
    logger.info({ rerateRunId, partnerId: run.partnerId, ratedCalls, from: days.from, to: days.to }, 're-rate finished');
  } catch (error) {
    const expected = error instanceof PriceListNotFound;
    const message = expected ? error.message : 'The re-rate stopped on an unexpected error. Request it again; if it fails again, the server log has the details.';
    logger[expected ? 'warn' : 'error']({ err: error, rerateRunId }, 're-rate failed');
    await db.rerateRun.update({ where: { id: run.id }, data: { status: 'FAILED', error: message.slice(0, MOST_ERROR_CHARACTERS), finishedAt: new Date() } });
    throw error;
  }
}
