'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { requireScope } from '@/lib/auth/session';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { updateOwnProfile } from '@/lib/users/own-profile';

export type ProfileFormState = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | null;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

async function caller() {
  const scope = await requireScope('customer');
  return { scope, context: { ip: clientIpFromHeaders(await headers()) } };
}

export async function updateProfileAction(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const { scope, context } = await caller();
  const result = await updateOwnProfile(scope, { name: text(formData, 'name') }, context);
  if (result.ok) revalidatePath('/customer/profile');
  return result;
}

export async function changePasswordAction(_previous: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const { scope, context } = await caller();
  return changeOwnPassword(
    scope,
    { currentPassword: text(formData, 'currentPassword'), newPassword: text(formData, 'newPassword'), confirmPassword: text(formData, 'confirmPassword') },
    context,
  );
}
