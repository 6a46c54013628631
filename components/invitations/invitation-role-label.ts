import type { InvitableRole } from '@/lib/invitations/invitation-rules';

export const INVITATION_ROLE_LABEL: Record<InvitableRole, string> = {
  PARTNER_ADMIN: 'Partner admin',
  PARTNER_STAFF: 'Partner staff',
  CUSTOMER: 'Customer',
};
