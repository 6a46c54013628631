import { systemDb, type PrismaClient } from '../db/client.ts';
import { invitationState, type InvitableRole, type InvitationState } from './invitation-rules.ts';
import { hashInvitationToken, isWellFormedInvitationToken } from './invitation-token.ts';

/** What the accept page shows about a link: who invited whom to what, and whether it still works. */
export type KnownInvitation = {
  state: InvitationState;
  id: string;
  email: string;
  name: string;
  role: InvitableRole;
  partnerName: string;
  customerName: string | null;
  invitedByName: string | null;
  expiresAt: Date;
};

export type InvitationForToken = { state: 'unknown' } | KnownInvitation;

/** Looks a link up by its hash. Runs before anyone is signed in, so it reads as the system. */
export async function getInvitationForToken(token: string, db: PrismaClient = systemDb()): Promise<InvitationForToken> {
  if (!isWellFormedInvitationToken(token)) return { state: 'unknown' };
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
  if (!invitation?.partnerId || invitation.role === 'PLATFORM_ADMIN') return { state: 'unknown' };
  const [partner, customer, inviter] = await Promise.all([
    db.partner.findUnique({ where: { id: invitation.partnerId }, select: { name: true } }),
    invitation.customerId ? db.customer.findUnique({ where: { id: invitation.customerId }, select: { name: true } }) : null,
    invitation.invitedById ? db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true } }) : null,
  ]);
  return {
    state: invitationState(invitation),
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    partnerName: partner?.name ?? 'your provider',
    customerName: customer?.name ?? null,
    invitedByName: inviter?.name ?? null,
    expiresAt: invitation.expiresAt,
  };
}
