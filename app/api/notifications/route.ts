import { NextResponse } from 'next/server';
import { getScope } from '@/lib/auth/session';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The signed-in user's latest notices (the bell in the app shell polls this). */
export async function GET() {
  const scope = await getScope();
  if (!scope) return NextResponse.json({ error: 'Sign in again to see notifications.' }, { status: 401, headers: NO_STORE });
  return NextResponse.json(await listNotifications(scope), { headers: NO_STORE });
}

/** Marks all of the user's notices read. */
export async function POST() {
  const scope = await getScope();
  if (!scope) return NextResponse.json({ error: 'Sign in again.' }, { status: 401, headers: NO_STORE });
  return NextResponse.json({ marked: await markNotificationsRead(scope) }, { headers: NO_STORE });
}
