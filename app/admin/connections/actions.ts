'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import type { ConnectionTestResult } from '@/lib/connections/test-connection';
import { testProviderConnection } from '@/lib/platform/test-provider-connection';

export async function testProviderConnectionAction(connectionId: string): Promise<ConnectionTestResult> {
  const scope = await requireScope('platform');
  const result = await testProviderConnection(scope, connectionId, { ip: clientIpFromHeaders(await headers()) });
  revalidatePath('/admin/connections');
  revalidatePath('/admin/partners/[partnerId]', 'page');
  return result ?? { ok: false, message: 'This connection no longer exists.' };
}
