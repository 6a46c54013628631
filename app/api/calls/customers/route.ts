import { NextResponse } from 'next/server';
import { searchCallCustomers } from '@/lib/usage/calls/search-call-customers';
import { NO_STORE, withCallScope } from '../with-call-scope';

export const dynamic = 'force-dynamic';

/** Customers matching `?q=` for the calls filter; staff only (a customer has no customer filter). */
export const GET = withCallScope(async (scope, _filters, params) => {
  if (scope.area !== 'partner') return NextResponse.json({ error: 'Not found.' }, { status: 404, headers: NO_STORE });
  const search = (params.get('q') ?? '').slice(0, 100);
  return NextResponse.json(await searchCallCustomers(scope, { search }), { headers: NO_STORE });
});
