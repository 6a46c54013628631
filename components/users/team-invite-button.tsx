import { InviteUserDialog } from '@/components/invitations/invite-user-dialog';

/** "Invite a colleague" on the users page: staff by default, or another admin. */
export function TeamInviteButton({ partnerName }: { partnerName: string }) {
  return (
    <InviteUserDialog
      triggerLabel="Invite a colleague"
      title={`Invite a colleague to ${partnerName}`}
      description="They choose their own password through a link that works once, for 72 hours. Inviting the same address again replaces the earlier link."
      roles={[
        { role: 'PARTNER_STAFF', label: 'Staff', description: 'Looks after customers, numbers, wallets, calls and invoices.' },
        { role: 'PARTNER_ADMIN', label: 'Admin', description: 'Also manages connections, limits, price lists and this team.' },
      ]}
    />
  );
}
