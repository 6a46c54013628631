import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { getJobRunner } from '../jobs/job-runner.ts';
import { logger } from '../log/logger.ts';
import { isCalendarDay } from '../platform/zoned-day.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { dayCount, dayInZone } from '../usage/charts/calendar-days.ts';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors.ts';
import { rerateJob } from './rerate-job.ts';
import { periodInstants } from './rerate-period.ts';

/** A year and a day, so any calendar year (leap or not) fits in one run. */
const MOST_RERATE_DAYS = 366;

function rerateRequestSchema(today: string) {
  const day = (message: string) => z.string(message).trim().refine(isCalendarDay, message);
  return z
    .object({
      priceListId: z.string('Choose a price list.').min(1, 'Choose a price list.'),
      from: day('Enter the first day, e.g. 2026-03-01.'),
      to: day('Enter the last day, e.g. 2026-03-31.'),
    })
    // Runs only once both days are valid dates.
    .superRefine((period, context) => {
      if (period.from > today) context.addIssue({ code: 'custom', path: ['from'], message: `There are no calls after today (${today}) yet.` });
      if (period.to < period.from) context.addIssue({ code: 'custom', path: ['to'], message: 'The last day must be on or after the first day.' });
      else if (dayCount(period.from, period.to) > MOST_RERATE_DAYS) context.addIssue({ code: 'custom', path: ['to'], message: `Re-rate at most ${MOST_RERATE_DAYS} days at a time.` });
    });
}

export type RequestRerateResult = { ok: true; rerateRunId: string } | { ok: false; fieldErrors: FieldErrors; formError?: string };

/**
 * Queues a re-rate of the partner's calls in a period of days in the partner's time zone
 * (partner admins only): the `rerate` job prices them again with the price list as it is
 * now and rebuilds that period's usage rollups. One run per price list at a time.
 */
export async function requestRerate(scope: PartnerScope, input: unknown, context: { ip: string | null }): Promise<RequestRerateResult> {
  assertPartnerAdmin(scope, 're-rate calls');
  const db = scopedDb(scope);
  const partner = await db.partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { timeZone: true } });
  const parsed = rerateRequestSchema(dayInZone(new Date(), partner.timeZone)).safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { priceListId, ...period } = parsed.data;
  const instants = periodInstants(period, partner.timeZone);

  const created = await db.$transaction(async (tx) => {
    const priceList = await tx.priceList.findUnique({ where: { id: priceListId }, select: { id: true, currency: true } });
    if (!priceList) return { ok: false as const, fieldErrors: {}, formError: 'This price list no longer exists.' };
    const busy = await tx.rerateRun.findFirst({ where: { priceListId, status: { in: ['QUEUED', 'RUNNING'] } }, select: { id: true } });
    if (busy) return { ok: false as const, fieldErrors: {}, formError: 'A re-rate of this price list is already queued or running. Start the next one when it has finished.' };
    const run = await tx.rerateRun.create({ data: { partnerId: scope.partnerId, priceListId, ...instants, requestedById: scope.userId }, select: { id: true } });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
      { action: 'rerate.request', entityType: 'RerateRun', entityId: run.id, after: { priceListId, currency: priceList.currency, from: period.from, to: period.to, timeZone: partner.timeZone } },
    );
    return { ok: true as const, rerateRunId: run.id };
  });
  if (!created.ok) return created;

  try {
    const runner = await getJobRunner();
    await runner.enqueue(rerateJob.name, { rerateRunId: created.rerateRunId }, { singletonKey: created.rerateRunId });
  } catch (error) {
    logger.error({ err: error, rerateRunId: created.rerateRunId }, 'could not queue a re-rate');
    await db.rerateRun.update({ where: { id: created.rerateRunId }, data: { status: 'FAILED', error: 'The job queue could not be reached.', finishedAt: new Date() } });
    return { ok: false, fieldErrors: {}, formError: 'The re-rate could not be queued. Try again in a moment.' };
  }
  return created;
}
