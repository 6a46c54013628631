import type { ScopedDb } from '../tenancy/scoped-db.ts';

export type NewNotification = {
  partnerId: string;
  /** Null: for the partner's staff. Set: for that customer's own users. */
  customerId: string | null;
  kind: string;
  /** One notice per event: a repeated key is ignored, so a job may run again safely. */
  dedupeKey: string;
  title: string;
  body: string;
  link: string | null;
};

export async function notify(db: Pick<ScopedDb, 'notification'>, notification: NewNotification): Promise<void> {
  await db.notification.createMany({ data: [notification], skipDuplicates: true });
}
