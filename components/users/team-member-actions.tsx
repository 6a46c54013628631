'use client';

import { ShieldCheck, ShieldMinus, UserCheck, UserX } from 'lucide-react';
import { changeUserRoleAction, setUserDisabledAction } from '@/app/partner/users/actions';
import type { TeamRole } from '@/lib/users/list-partner-users';
import { ConfirmActionButton } from './confirm-action-button';

type TeamMember = { id: string; name: string; role: TeamRole; disabled: boolean };

/** Change role and disable/enable for one colleague; the service refuses oneself and the last admin. */
export function TeamMemberActions({ member }: { member: TeamMember }) {
  const makeAdmin = member.role === 'PARTNER_STAFF';
  return (
    <div className="flex flex-wrap justify-end gap-1.5">
      <ConfirmActionButton
        label={makeAdmin ? 'Make admin' : 'Make staff'}
        accessibleLabel={makeAdmin ? `Make admin: ${member.name}` : `Make staff: ${member.name}`}
        icon={makeAdmin ? <ShieldCheck aria-hidden="true" /> : <ShieldMinus aria-hidden="true" />}
        title={makeAdmin ? `Make ${member.name} an admin?` : `Make ${member.name} staff?`}
        description={
          makeAdmin
            ? 'Admins manage connections, limits, price lists and this team, on top of the staff’s daily work.'
            : 'Staff keep working with customers, numbers and wallets, but can no longer manage connections, limits or the team.'
        }
        confirmLabel={makeAdmin ? 'Make admin' : 'Make staff'}
        successMessage={makeAdmin ? `${member.name} is now an admin.` : `${member.name} is now staff.`}
        action={() => changeUserRoleAction(member.id, makeAdmin ? 'PARTNER_ADMIN' : 'PARTNER_STAFF')}
      />
      {member.disabled ? (
        <ConfirmActionButton
          label="Enable"
          accessibleLabel={`Enable ${member.name}`}
          icon={<UserCheck aria-hidden="true" />}
          title={`Enable ${member.name}?`}
          description="They can sign in again with their existing password."
          confirmLabel="Enable"
          successMessage={`${member.name} can sign in again.`}
          action={() => setUserDisabledAction(member.id, false)}
        />
      ) : (
        <ConfirmActionButton
          label="Disable"
          accessibleLabel={`Disable ${member.name}`}
          icon={<UserX aria-hidden="true" />}
          title={`Disable ${member.name}?`}
          description="They are signed out at their next click and cannot sign in until an admin enables them again. Nothing they did is removed."
          confirmLabel="Disable"
          confirmVariant="danger"
          successMessage={`${member.name} is disabled.`}
          action={() => setUserDisabledAction(member.id, true)}
        />
      )}
    </div>
  );
}
