import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { hashPassword } from '../auth/password.ts';
import { Prisma, systemDb, type PrismaClient } from '../db/client.ts';
import { passwordProblems } from '../users/password-rules.ts';
import type { FieldErrors } from '../validation/field-errors.ts';
import { getInvitationForToken } from './get-invitation-for-token.ts';
import type { InvitationState } from './invitation-rules.ts';

export type UnusableReason = Exclude<InvitationState, 'pending'> | 'unknown' | 'email_taken';

export type AcceptInvitationResult =
  | { ok: true; email: string }
  | { ok: false; fieldErrors: FieldErrors }
  | { ok: false; unusable: UnusableReason; message: string };

export const UNUSABLE_MESSAGE: Record<UnusableReason, string> = {
  unknown: 'This invitation link is not valid. Check that you copied all of it.',
  expired: 'This invitation has expired. Ask the person who invited you for a new link.',
  accepted: 'This invitation has already been used. Sign in with the password you chose.',
  revoked: 'This invitation was withdrawn. Ask the person who invited you for a new link.',
  email_taken: 'An account with this email address already exists. Sign in instead.',
};

const unusable = (reason: UnusableReason): AcceptInvitationResult => ({ ok: false, unusable: reason, message: UNUSABLE_MESSAGE[reason] });

class AlreadyUsed extends Error {
  constructor(readonly reason: UnusableReason) {
    super(UNUSABLE_MESSAGE[reason]);
    this.name = 'AlreadyUsed';
  }
}

/**
 * Creates the invited user with the password they chose. Marking the invitation accepted
 * and creating the user happen in one transaction, and the mark is conditional on the link
 * still being pending, so two submissions at once create one user and the other is told
 * the link was used.
 */
export async function acceptInvitation(
  token: string,
  password: string,
  context: { ip?: string | null } = {},
  db: PrismaClient = systemDb(),
): Promise<AcceptInvitationResult> {
  const invitation = await getInvitationForToken(token, db);
  if (invitation.state === 'unknown') return unusable('unknown');
  if (invitation.state !== 'pending') return unusable(invitation.state);
  const problems = passwordProblems(password, { email: invitation.email });
  if (problems.length > 0) return { ok: false, fieldErrors: { password: problems } };

  const passwordHash = await hashPassword(password);
  try {
    await db.$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count === 0) throw new AlreadyUsed('accepted');
      const row = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
      const user = await tx.user.create({
        data: { email: row.email, name: row.name, role: row.role, partnerId: row.partnerId, customerId: row.customerId, passwordHash },
        select: { id: true, email: true },
      });
      await recordAuditEvent(
        tx,
        { userId: user.id, email: user.email, partnerId: row.partnerId, ip: context.ip ?? null },
        { action: 'invitation.accept', entityType: 'Invitation', entityId: row.id, after: { userId: user.id, role: row.role, customerId: row.customerId } },
      );
    });
  } catch (error) {
    if (error instanceof AlreadyUsed) {
      // Lost the race, or the link changed since it was read: say what it is now.
      const now = await getInvitationForToken(token, db);
      return unusable(now.state === 'pending' || now.state === 'unknown' ? error.reason : now.state);
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return unusable('email_taken');
    throw error;
  }
  return { ok: true, email: invitation.email };
}

/**
 * The accept form: the password typed twice. A mismatch is reported (with any rule the
 * password breaks) without accepting; otherwise as acceptInvitation.
 */
export async function acceptInvitationForm(
  input: { token: string; password: string; confirmPassword: string },
  context: { ip?: string | null } = {},
): Promise<AcceptInvitationResult> {
  if (input.password === input.confirmPassword) return acceptInvitation(input.token, input.password, context);
  const invitation = await getInvitationForToken(input.token);
  if (invitation.state === 'unknown') return unusable('unknown');
  if (invitation.state !== 'pending') return unusable(invitation.state);
  const problems = passwordProblems(input.password, { email: invitation.email });
  return { ok: false, fieldErrors: { ...(problems.length > 0 ? { password: problems } : {}), confirmPassword: ['The two passwords do not match.'] } };
}
