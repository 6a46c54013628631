import { NextResponse } from 'next/server';
import { getScope } from '@/lib/auth/session';
import { parseCallFilters, type CallFilters } from '@/lib/usage/calls/call-filters';
import type { CallScope } from '@/lib/usage/calls/call-scope';

export const NO_STORE = { 'Cache-Control': 'no-store' };

type CallRouteHandler = (scope: CallScope, filters: CallFilters, params: URLSearchParams) => Promise<Response>;

/**
 * The calls routes serve both areas: staff get their partner's calls, a customer their own.
 * This resolves the caller before any handler runs: 401 without a session, 404 for an area
 * without calls (platform admins), 400 with field errors for filters that do not validate.
 */
export function withCallScope(handler: CallRouteHandler): (request: Request) => Promise<Response> {
  return async (request) => {
    const scope = await getScope();
    if (!scope) return NextResponse.json({ error: 'Sign in again to see calls.' }, { status: 401, headers: NO_STORE });
    if (scope.area === 'platform') return NextResponse.json({ error: 'Not found.' }, { status: 404, headers: NO_STORE });
    const params = new URL(request.url).searchParams;
    const { filters, fieldErrors } = parseCallFilters(Object.fromEntries(params));
    if (Object.keys(fieldErrors).length > 0) return NextResponse.json({ error: 'Check the filters.', fieldErrors }, { status: 400, headers: NO_STORE });
    return handler(scope, filters, params);
  };
}
