'use client';

import { Undo2 } from 'lucide-react';
import { revokeInvitationAction } from '@/app/partner/users/actions';
import { ConfirmActionButton } from '@/components/users/confirm-action-button';

/** Withdraws a link (or clears an expired one from the list). */
export function RevokeInvitationButton({ invitation, customerId }: { invitation: { id: string; email: string; expired: boolean }; customerId?: string }) {
  return (
    <ConfirmActionButton
      label={invitation.expired ? 'Remove' : 'Revoke'}
      accessibleLabel={`${invitation.expired ? 'Remove the expired invitation of' : 'Revoke the invitation of'} ${invitation.email}`}
      icon={<Undo2 aria-hidden="true" />}
      title={invitation.expired ? `Remove the expired invitation of ${invitation.email}?` : `Revoke the invitation of ${invitation.email}?`}
      description={invitation.expired ? 'It no longer works; this only clears it from the list.' : 'The link stops working at once. You can invite them again later.'}
      confirmLabel={invitation.expired ? 'Remove' : 'Revoke'}
      confirmVariant="danger"
      successMessage={invitation.expired ? 'Invitation removed.' : `Invitation of ${invitation.email} revoked.`}
      action={() => revokeInvitationAction(invitation.id, customerId)}
    />
  );
}
