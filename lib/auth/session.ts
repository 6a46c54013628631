import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { systemDb } from '../db/client.ts';
import type { Area, Scope } from '../tenancy/scope.ts';
import { scopeForUser } from './scope-for-user.ts';
import { authOptions } from './auth-options.ts';

/**
 * The caller's scope, re-read from the database once per request: a disabled user or a
 * suspended partner loses access immediately, whatever their session cookie says.
 */
export const getScope = cache(async (): Promise<Scope | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const user = await systemDb().user.findUnique({
    where: { id: session.userId },
    include: { partner: { select: { status: true } } },
  });
  return user ? scopeForUser(user) : null;
});

/**
 * For pages, layouts and server actions: signed out → the sign-in page; signed in to a
 * different area → 404, so another area's URLs do not even reveal that they exist.
 */
export async function requireScope<A extends Area>(area: A): Promise<Extract<Scope, { area: A }>> {
  const scope = await getScope();
  if (!scope) redirect('/sign-in');
  if (scope.area !== area) notFound();
  return scope as Extract<Scope, { area: A }>;
}
