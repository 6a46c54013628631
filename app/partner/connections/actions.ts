'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { requireScope } from '@/lib/auth/session';
import { saveConnection } from '@/lib/connections/save-connection';
import { testConnection, type ConnectionTestResult } from '@/lib/connections/test-connection';

/** What the connection form shows after a save: the errors, or that an edit was saved (adding one redirects). */
export type ConnectionFormState = { fieldErrors: Record<string, string[]>; formError?: string; saved?: true } | null;

const CREDENTIAL_PREFIX = 'credentials.';

/** The form names credential inputs `credentials.<field>`; the service validates everything. */
function connectionInputFrom(formData: FormData) {
  const credentials: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith(CREDENTIAL_PREFIX) && typeof value === 'string') credentials[key.slice(CREDENTIAL_PREFIX.length)] = value;
  }
  return {
    kind: String(formData.get('kind') ?? ''),
    label: String(formData.get('label') ?? ''),
    baseUrl: String(formData.get('baseUrl') ?? ''),
    credentials,
  };
}

async function saveFromForm(formData: FormData, connectionId?: string): Promise<ConnectionFormState> {
  const scope = await requireScope('partner');
  const ip = clientIpFromHeaders(await headers());
  let result;
  try {
    result = await saveConnection(scope, connectionInputFrom(formData), { connectionId, ip });
  } catch (error) {
    if (error instanceof NotAllowed) return { fieldErrors: {}, formError: error.message };
    throw error;
  }
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError };
  revalidatePath('/partner/connections', 'layout');
  // An edit stays on its page, which the revalidation refreshes; a new connection opens its own.
  if (connectionId) return { fieldErrors: {}, saved: true };
  redirect(`/partner/connections/${result.connectionId}?created=1`);
}

export async function createConnectionAction(_previous: ConnectionFormState, formData: FormData): Promise<ConnectionFormState> {
  return saveFromForm(formData);
}

export async function updateConnectionAction(connectionId: string, _previous: ConnectionFormState, formData: FormData): Promise<ConnectionFormState> {
  return saveFromForm(formData, connectionId);
}

export async function testConnectionAction(connectionId: string): Promise<ConnectionTestResult> {
  const scope = await requireScope('partner');
  let result;
  try {
    result = await testConnection(scope, connectionId, clientIpFromHeaders(await headers()));
  } catch (error) {
    if (error instanceof NotAllowed) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath('/partner/connections', 'layout');
  return result ?? { ok: false, message: 'This connection no longer exists.' };
}
