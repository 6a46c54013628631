import { NextResponse } from 'next/server';
import { toCallTotalsResponse } from '@/lib/usage/calls/call-totals-response';
import { getCallTotals } from '@/lib/usage/calls/list-calls';
import { NO_STORE, withCallScope } from '../with-call-scope';

export const dynamic = 'force-dynamic';

/** Totals of the filtered calls as JSON: the browser loads them beside the rows, which show at once. */
export const GET = withCallScope(async (scope, filters) => NextResponse.json(toCallTotalsResponse(await getCallTotals(scope, filters)), { headers: NO_STORE }));
