'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { acceptInvitationForm } from '@/lib/invitations/accept-invitation';

export type AcceptInvitationState = { fieldErrors: Record<string, string[]>; formError?: string } | null;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

/** Public: the link's token is the credential. On success, off to sign in with the new password. */
export async function acceptInvitationAction(token: string, _previous: AcceptInvitationState, formData: FormData): Promise<AcceptInvitationState> {
  const result = await acceptInvitationForm(
    { token: String(token), password: text(formData, 'password'), confirmPassword: text(formData, 'confirmPassword') },
    { ip: clientIpFromHeaders(await headers()) },
  );
  if (result.ok) redirect(`/sign-in?notice=account-created&email=${encodeURIComponent(result.email)}`);
  if ('unusable' in result) return { fieldErrors: {}, formError: result.message };
  return { fieldErrors: result.fieldErrors };
}
