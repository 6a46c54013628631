'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { requireScope } from '@/lib/auth/session';
import { createInvitation, type InvitationInput } from '@/lib/invitations/create-invitation';
import { InvitationInvalid, InvitationNotAllowed } from '@/lib/invitations/invitation-errors';
import { revokeInvitation } from '@/lib/invitations/revoke-invitation';
import { changeUserRole } from '@/lib/users/change-user-role';
import { setUserDisabled } from '@/lib/users/set-user-disabled';

/** Invitations and the partner's team: partner admins manage the team, staff invite customers' users. */

export type InviteFormState =
  | { ok: true; url: string; expiresAt: string; email: string; name: string }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string }
  | null;

export type UserActionResult = { ok: true } | { ok: false; formError: string };

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

async function caller() {
  const scope = await requireScope('partner');
  return { scope, context: { ip: clientIpFromHeaders(await headers()) } };
}

function revalidateUsers(customerId?: string) {
  if (customerId) revalidatePath(`/partner/customers/${customerId}`);
  else revalidatePath('/partner/users');
}

function refusal(error: unknown): { ok: false; formError: string } {
  if (error instanceof NotAllowed || error instanceof InvitationNotAllowed) return { ok: false, formError: error.message };
  throw error;
}

export async function inviteUserAction(_previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const { scope, context } = await caller();
  const customerId = text(formData, 'customerId') || undefined;
  // The role is any text here; createInvitation validates it against its schema.
  const input = { email: text(formData, 'email'), name: text(formData, 'name'), role: text(formData, 'role') as InvitationInput['role'], customerId };
  try {
    const invitation = await createInvitation(scope, input, context);
    revalidateUsers(customerId);
    return { ok: true, url: invitation.url, expiresAt: invitation.expiresAt.toISOString(), email: input.email.trim().toLowerCase(), name: input.name.trim() };
  } catch (error) {
    if (error instanceof InvitationInvalid) return { ok: false, fieldErrors: error.fieldErrors };
    return { ...refusal(error), fieldErrors: {} };
  }
}

export async function revokeInvitationAction(invitationId: string, customerId?: string): Promise<UserActionResult> {
  const { scope, context } = await caller();
  try {
    const result = await revokeInvitation(scope, String(invitationId), context);
    if (result.ok) revalidateUsers(customerId);
    return result;
  } catch (error) {
    return refusal(error);
  }
}

export async function changeUserRoleAction(userId: string, role: string): Promise<UserActionResult> {
  const { scope, context } = await caller();
  try {
    const result = await changeUserRole(scope, { userId: String(userId), role: String(role) }, context);
    if (result.ok) revalidateUsers();
    return result;
  } catch (error) {
    return refusal(error);
  }
}

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<UserActionResult> {
  const { scope, context } = await caller();
  try {
    const result = await setUserDisabled(scope, { userId: String(userId), disabled: disabled === true }, context);
    if (result.ok) revalidateUsers();
    return result;
  } catch (error) {
    return refusal(error);
  }
}
