import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { env } from '../config/env.ts';
import { systemDb } from '../db/client.ts';
import type { Scope } from '../tenancy/scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';
import { InvitationInvalid } from './invitation-errors.ts';
import { assertMayInvite, rolesInvitableBy } from './invitation-rules.ts';
import { INVITATION_TTL_HOURS, invitationUrl, newInvitationToken } from './invitation-token.ts';

export const invitationInputSchema = z.object({
  email: z.string('Enter an email address.').trim().toLowerCase().max(254, 'Use at most 254 characters.').pipe(z.email('Enter a valid email address.')),
  name: z.string('Enter their name.').trim().min(1, 'Enter their name.').max(100, 'Use at most 100 characters.'),
  role: z.enum(['PARTNER_ADMIN', 'PARTNER_STAFF', 'CUSTOMER'], 'Choose a role.'),
  partnerId: z.string().trim().min(1).optional(),
  customerId: z.string().trim().min(1).optional(),
});

export type InvitationInput = z.input<typeof invitationInputSchema>;

export type CreatedInvitation = { invitationId: string; url: string; expiresAt: Date };

type Target = { partnerId: string; customerId: string | null };

/**
 * Invites a person to set their own password and join a partner (as admin or staff) or one
 * of its customers. Returns the link, which exists only here: the portal stores its hash
 * and sends no email, so the inviter passes it on. A new invitation to the same address in
 * the same partner revokes the earlier one, so one link at a time works.
 * Throws InvitationNotAllowed for a role the caller may not invite, InvitationInvalid with
 * field errors for bad input (including an address that already has an account).
 */
export async function createInvitation(
  scope: Scope,
  input: InvitationInput,
  context: { ip?: string | null; baseUrl?: string } = {},
): Promise<CreatedInvitation> {
  const parsed = invitationInputSchema.safeParse(input);
  if (!parsed.success) throw new InvitationInvalid(fieldErrorsOf(parsed.error));
  const { email, name, role } = parsed.data;
  assertMayInvite(scope, role);
  const target = await resolveTarget(scope, parsed.data);

  // E-mail addresses are unique across the portal, so this one check looks past the caller's
  // tenant; it answers only yes or no.
  if (await systemDb().user.findUnique({ where: { email }, select: { id: true } })) {
    throw new InvitationInvalid({ email: ['This email address already has a portal account.'] });
  }

  const { token, tokenHash } = newInvitationToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_HOURS * 3_600_000);
  const invitationId = await scopedDb(scope).$transaction(async (tx) => {
    // Two invitations to one address at once must not both stay active.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invitation:${target.partnerId}:${email}`}, 0))`;
    const earlier = await tx.invitation.findMany({
      where: { partnerId: target.partnerId, email, acceptedAt: null, revokedAt: null },
      select: { id: true, role: true },
    });
    // Replacing a link revokes it, so only links the caller could revoke are replaced.
    if (earlier.some((row) => row.role === 'PLATFORM_ADMIN' || !rolesInvitableBy(scope).includes(row.role))) {
      throw new InvitationInvalid({ email: ['This address already has a pending invitation from an admin; ask them to revoke it first.'] });
    }
    if (earlier.length > 0) await tx.invitation.updateMany({ where: { id: { in: earlier.map((row) => row.id) } }, data: { revokedAt: now } });
    const created = await tx.invitation.create({
      data: { tokenHash, email, name, role, partnerId: target.partnerId, customerId: target.customerId, invitedById: scope.userId, expiresAt },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: target.partnerId, ip: context.ip ?? null },
      {
        action: 'invitation.create',
        entityType: 'Invitation',
        entityId: created.id,
        after: { email, name, role, customerId: target.customerId, expiresAt: expiresAt.toISOString(), replacedInvitationIds: earlier.map((row) => row.id) },
      },
    );
    return created.id;
  });
  // NEXTAUTH_URL is the portal's public address (set by `npm start`, required behind a proxy).
  return { invitationId, url: invitationUrl(token, context.baseUrl ?? env().NEXTAUTH_URL), expiresAt };
}

/** The partner (and customer) the new user will belong to, checked against the caller's scope. */
async function resolveTarget(scope: Scope, input: z.output<typeof invitationInputSchema>): Promise<Target> {
  const db = scopedDb(scope);
  if (input.role !== 'CUSTOMER') {
    const partnerId = scope.area === 'platform' ? input.partnerId : scope.area === 'partner' ? scope.partnerId : undefined;
    const partner = partnerId ? await db.partner.findUnique({ where: { id: partnerId }, select: { id: true } }) : null;
    if (!partner) throw new InvitationInvalid({ partnerId: ['Choose a partner.'] });
    return { partnerId: partner.id, customerId: null };
  }
  const customer = input.customerId
    ? await db.customer.findUnique({ where: { id: input.customerId }, select: { id: true, partnerId: true, status: true } })
    : null;
  if (!customer) throw new InvitationInvalid({ customerId: ['Choose one of your customers.'] });
  if (customer.status === 'CLOSED') throw new InvitationInvalid({ customerId: ['This customer’s account is closed.'] });
  return { partnerId: customer.partnerId, customerId: customer.id };
}
