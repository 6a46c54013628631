import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { systemDb, type PrismaClient, type Role } from '../db/client.ts';
import type { Scope } from '../tenancy/scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors.ts';
import { ownAccountActor } from './own-account-actor.ts';

export type OwnProfile = { name: string; email: string; role: Role; createdAt: Date; lastLoginAt: Date | null };

/** The signed-in user's own details. */
export async function getOwnProfile(scope: Scope): Promise<OwnProfile> {
  return scopedDb(scope).user.findUniqueOrThrow({
    where: { id: scope.userId },
    select: { name: true, email: true, role: true, createdAt: true, lastLoginAt: true },
  });
}

const profileSchema = z.object({
  name: z.string('Enter your name.').trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
});

export type UpdateProfileResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/**
 * Renames the signed-in user. The email stays: it is the sign-in name and the partner's
 * contact, changed by the partner. Written with its audit event as in changeOwnPassword.
 */
export async function updateOwnProfile(scope: Scope, input: { name: string }, context: { ip?: string | null } = {}, db: PrismaClient = systemDb()): Promise<UpdateProfileResult> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { name } = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: scope.userId }, select: { name: true } });
    if (before.name === name) return;
    await tx.user.update({ where: { id: scope.userId }, data: { name } });
    await recordAuditEvent(tx, ownAccountActor(scope, context.ip), { action: 'user.profile.update', entityType: 'User', entityId: scope.userId, before: { name: before.name }, after: { name } });
  });
  return { ok: true };
}
