'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import { requestConnectionSync } from '@/lib/usage/sync/request-connection-sync';

export type SyncNowActionResult =
  | { ok: true; queued: number; cursors: number; waitingUntil: string | null }
  | { ok: false; message: string };

/** "Sync now" on /partner/usage/sync: queues the connection's syncs; the provider's budget still applies. */
export async function syncConnectionNowAction(connectionId: string): Promise<SyncNowActionResult> {
  const scope = await requireScope('partner');
  const result = await requestConnectionSync(scope, { connectionId }, { ip: clientIpFromHeaders(await headers()) });
  if (!result.ok) return { ok: false, message: result.formError ?? Object.values(result.fieldErrors).flat()[0] ?? 'The sync could not be queued.' };
  revalidatePath('/partner/usage/sync');
  return { ok: true, queued: result.queued, cursors: result.queued + result.alreadyQueued, waitingUntil: result.waitingUntil?.toISOString() ?? null };
}
