import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { Prisma } from '../db/client.ts';
import { createInvitation } from '../invitations/create-invitation.ts';
import { InvitationInvalid } from '../invitations/invitation-errors.ts';
import { logger } from '../log/logger.ts';
import { assertPlatformScope, type PlatformScope } from '../platform/platform-scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors.ts';
import { createPartnerSchema } from './partner-input.ts';

export type CreatePartnerResult =
  | {
      ok: true;
      partnerId: string;
      name: string;
      /** The first admin's link, shown once: only its hash is stored. Null when the invitation failed (see invitationError). */
      invitation: { url: string; expiresAt: Date; email: string } | null;
      invitationError?: string;
    }
  | { ok: false; fieldErrors: FieldErrors };

const SLUG_TAKEN = 'Another partner already uses this slug. Choose a different one.';

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Creates a partner (ACTIVE) and invites its first PARTNER_ADMIN. The invitation is made
 * after the partner is committed: should it fail, the partner stays and the admin can be
 * invited again from the partner's page.
 */
export async function createPartner(scope: PlatformScope, input: Record<string, unknown>, context: { ip: string | null }): Promise<CreatePartnerResult> {
  assertPlatformScope(scope, 'create partners');
  const parsed = createPartnerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { name, slug, currency, timeZone, adminName, adminEmail } = parsed.data;
  const db = scopedDb(scope);

  const [slugOwner, emailOwner] = await Promise.all([
    db.partner.findUnique({ where: { slug }, select: { id: true } }),
    db.user.findUnique({ where: { email: adminEmail }, select: { id: true } }),
  ]);
  const fieldErrors: FieldErrors = {};
  if (slugOwner) fieldErrors.slug = [SLUG_TAKEN];
  if (emailOwner) fieldErrors.adminEmail = ['Someone already signs in with this email. Use another address for the partner’s admin.'];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  let partnerId: string;
  try {
    partnerId = await db.$transaction(async (tx) => {
      const partner = await tx.partner.create({ data: { name, slug, currency, timeZone, status: 'ACTIVE' }, select: { id: true } });
      await recordAuditEvent(
        tx,
        { userId: scope.userId, email: scope.email, partnerId: partner.id, ip: context.ip },
        { action: 'partner.create', entityType: 'Partner', entityId: partner.id, after: { name, slug, currency, timeZone, adminEmail } },
      );
      return partner.id;
    });
  } catch (error) {
    // Two admins creating the same slug at once: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: [SLUG_TAKEN] } };
    throw error;
  }

  try {
    const invitation = await createInvitation(scope, { email: adminEmail, name: adminName, role: 'PARTNER_ADMIN', partnerId }, { ip: context.ip });
    return { ok: true, partnerId, name, invitation: { url: invitation.url, expiresAt: invitation.expiresAt, email: adminEmail } };
  } catch (error) {
    logger.error({ partnerId, err: error instanceof Error ? error.message : String(error) }, 'partner created but its admin invitation failed');
    // Its messages are written for users (e.g. the address got an account meanwhile); anything else stays in the log.
    const why = error instanceof InvitationInvalid ? ` ${error.message}` : '';
    return {
      ok: true,
      partnerId,
      name,
      invitation: null,
      invitationError: `The partner was created, but its admin could not be invited.${why} Invite the admin from the partner’s page.`,
    };
  }
}
