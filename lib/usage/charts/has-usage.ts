import { usageSource, type UsageScope } from './usage-source.ts';

/** Whether any usage has been synced for the caller yet (the pages' empty state). */
export async function hasUsage(scope: UsageScope): Promise<boolean> {
  const { db, customerId } = await usageSource(scope);
  const row = customerId ? await db.usageDaily.findFirst({ where: { customerId }, select: { day: true } }) : await db.partnerUsageDaily.findFirst({ select: { day: true } });
  return row !== null;
}
