import { NextResponse } from 'next/server';
import { getScope } from '@/lib/auth/session';
import { getCustomerProviderBalance } from '@/lib/customers/get-customer-provider-balance';
import { toLiveBalanceResponse } from '@/lib/customers/live-balance-response';

// Polled by the customer page's live balance card; always asks afresh.
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The customer's provider balance as JSON; 404 for anyone outside the partner area or another partner's customer. */
export async function GET(_request: Request, { params }: { params: Promise<{ customerId: string }> }) {
  const scope = await getScope();
  if (!scope) return NextResponse.json({ error: 'Sign in again to see live balances.' }, { status: 401, headers: NO_STORE });
  const { customerId } = await params;
  const view = scope.area === 'partner' ? await getCustomerProviderBalance(scope, customerId) : null;
  if (!view) return NextResponse.json({ error: 'Not found.' }, { status: 404, headers: NO_STORE });
  return NextResponse.json(toLiveBalanceResponse(view), { headers: NO_STORE });
}
