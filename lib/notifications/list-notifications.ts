import type { Scope } from '../tenancy/scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type NotificationView = { id: string; kind: string; title: string; body: string; link: string | null; read: boolean; createdAt: string };

const SHOWN = 20;

/** Whose notices a user sees: staff the partner's own, customers their account's. */
export function audienceFilter(scope: Scope) {
  return scope.area === 'customer' ? { customerId: scope.customerId } : { customerId: null };
}

/** The latest notices of the signed-in user's audience, with how many are unread. */
export async function listNotifications(scope: Scope): Promise<{ items: NotificationView[]; unread: number }> {
  if (scope.area === 'platform') return { items: [], unread: 0 };
  const db = scopedDb(scope);
  const where = audienceFilter(scope);
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: SHOWN }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return {
    items: rows.map((row) => ({ id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link, read: row.readAt !== null, createdAt: row.createdAt.toISOString() })),
    unread,
  };
}
