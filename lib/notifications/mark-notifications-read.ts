import type { Scope } from '../tenancy/scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { audienceFilter } from './list-notifications.ts';

/** Marks every unread notice of the user's audience as read. */
export async function markNotificationsRead(scope: Scope): Promise<number> {
  if (scope.area === 'platform') return 0;
  const { count } = await scopedDb(scope).notification.updateMany({ where: { ...audienceFilter(scope), readAt: null }, data: { readAt: new Date() } });
  return count;
}
