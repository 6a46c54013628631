import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { invitationState, type InvitableRole } from './invitation-rules.ts';

/** Expired links stay listed this long, so the inviter notices and can invite again. */
const EXPIRED_SHOWN_DAYS = 14;

export type OpenInvitation = {
  id: string;
  email: string;
  name: string;
  role: InvitableRole;
  state: 'pending' | 'expired';
  expiresAt: Date;
  createdAt: Date;
  invitedByName: string | null;
};

/**
 * Invitations neither used nor withdrawn: the partner's colleagues (`team`) or one
 * customer's users. Recently expired ones are included, marked as such.
 */
export async function listOpenInvitations(scope: PartnerScope, of: { team: true } | { customerId: string }): Promise<OpenInvitation[]> {
  const db = scopedDb(scope);
  const now = new Date();
  const rows = await db.invitation.findMany({
    where: {
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date(now.getTime() - EXPIRED_SHOWN_DAYS * 86_400_000) },
      ...('team' in of ? { role: { in: ['PARTNER_ADMIN', 'PARTNER_STAFF'] } } : { role: 'CUSTOMER', customerId: of.customerId }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
  });
  const inviterIds = [...new Set(rows.map((row) => row.invitedById).filter((id): id is string => id !== null))];
  const inviters = inviterIds.length > 0 ? await db.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true } }) : [];
  const inviterName = new Map(inviters.map((user) => [user.id, user.name]));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as InvitableRole,
    state: invitationState(row, now) === 'expired' ? 'expired' : 'pending',
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    invitedByName: row.invitedById ? (inviterName.get(row.invitedById) ?? null) : null,
  }));
}
