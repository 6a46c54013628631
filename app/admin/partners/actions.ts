'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { InvitationLinkData } from '@/components/invitations/invitation-link';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { InvitationInvalid, InvitationNotAllowed } from '@/lib/invitations/invitation-errors';
import { createPartner } from '@/lib/partners/create-partner';
import { reactivatePartner } from '@/lib/partners/reactivate-partner';
import { suspendPartner, type PartnerStatusChangeResult } from '@/lib/partners/suspend-partner';

// The link is in this state only: the page shows it once and the portal keeps its hash.

export type NewPartnerFormState =
  | { ok: true; partnerId: string; name: string; invitation: InvitationLinkData | null; invitationError?: string }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string }
  | null;

export type PartnerStatusFormState = PartnerStatusChangeResult | null;

export type InviteAdminFormState = { ok: true; invitation: InvitationLinkData } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | null;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

async function callerIp(): Promise<string> {
  return clientIpFromHeaders(await headers());
}

function revalidatePartner(partnerId: string) {
  revalidatePath('/admin', 'layout');
  revalidatePath(`/admin/partners/${partnerId}`);
}

export async function createPartnerAction(_previous: NewPartnerFormState, formData: FormData): Promise<NewPartnerFormState> {
  const scope = await requireScope('platform');
  const input = Object.fromEntries(['name', 'slug', 'currency', 'timeZone', 'adminName', 'adminEmail'].map((name) => [name, text(formData, name)]));
  const result = await createPartner(scope, input, { ip: await callerIp() });
  if (!result.ok) return result;
  revalidatePartner(result.partnerId);
  return {
    ok: true,
    partnerId: result.partnerId,
    name: result.name,
    invitation: result.invitation ? { ...result.invitation, expiresAt: result.invitation.expiresAt.toISOString() } : null,
    invitationError: result.invitationError,
  };
}

export async function suspendPartnerAction(_previous: PartnerStatusFormState, formData: FormData): Promise<PartnerStatusFormState> {
  const scope = await requireScope('platform');
  const partnerId = text(formData, 'partnerId');
  const result = await suspendPartner(scope, partnerId, text(formData, 'reason'), { ip: await callerIp() });
  if (!result) return { ok: false, fieldErrors: {}, formError: 'This partner no longer exists.' };
  revalidatePartner(partnerId);
  return result;
}

export async function reactivatePartnerAction(_previous: PartnerStatusFormState, formData: FormData): Promise<PartnerStatusFormState> {
  const scope = await requireScope('platform');
  const partnerId = text(formData, 'partnerId');
  const result = await reactivatePartner(scope, partnerId, { ip: await callerIp() });
  if (!result) return { ok: false, fieldErrors: {}, formError: 'This partner no longer exists.' };
  revalidatePartner(partnerId);
  return result;
}

export async function invitePartnerAdminAction(_previous: InviteAdminFormState, formData: FormData): Promise<InviteAdminFormState> {
  const scope = await requireScope('platform');
  const partnerId = text(formData, 'partnerId');
  const email = text(formData, 'email');
  try {
    const invitation = await createInvitation(scope, { email, name: text(formData, 'name'), role: 'PARTNER_ADMIN', partnerId }, { ip: await callerIp() });
    revalidatePartner(partnerId);
    return { ok: true, invitation: { url: invitation.url, expiresAt: invitation.expiresAt.toISOString(), email: email.trim().toLowerCase() } };
  } catch (error) {
    if (error instanceof InvitationInvalid) return { ok: false, fieldErrors: error.fieldErrors };
    if (error instanceof InvitationNotAllowed) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
}
