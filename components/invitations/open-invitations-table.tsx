import { Badge } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { OpenInvitation } from '@/lib/invitations/list-open-invitations';
import { INVITATION_ROLE_LABEL } from './invitation-role-label';
import { RevokeInvitationButton } from './revoke-invitation-button';

/** Links not yet used: who, as what, invited by whom, until when; each can be revoked. */
export function OpenInvitationsTable({ invitations, caption, showRole = true, customerId }: { invitations: OpenInvitation[]; caption: string; showRole?: boolean; customerId?: string }) {
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Invited</TableHead>
          {showRole ? <TableHead className="hidden sm:table-cell">Role</TableHead> : null}
          <TableHead className="hidden md:table-cell">Invited by</TableHead>
          <TableHead className="hidden sm:table-cell">Expires</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableCell className="max-w-[16rem] min-w-44">
              <span className="block font-medium">{invitation.name}</span>
              <span className="block text-xs [overflow-wrap:anywhere] text-muted-foreground">{invitation.email}</span>
              {/* Phones show the expiry here instead of in a column of its own. */}
              <span className="mt-1 block text-xs text-muted-foreground sm:hidden">
                <Expiry invitation={invitation} />
              </span>
            </TableCell>
            {showRole ? <TableCell className="hidden sm:table-cell">{INVITATION_ROLE_LABEL[invitation.role]}</TableCell> : null}
            <TableCell className="hidden md:table-cell">
              {invitation.invitedByName ?? <span className="text-muted-foreground">—</span>}
              <span className="block text-xs text-muted-foreground">
                <LocalTime value={invitation.createdAt} />
              </span>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap sm:table-cell">
              <Expiry invitation={invitation} />
            </TableCell>
            <TableCell className="text-right">
              <RevokeInvitationButton invitation={{ id: invitation.id, email: invitation.email, expired: invitation.state === 'expired' }} customerId={customerId} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Expiry({ invitation }: { invitation: OpenInvitation }) {
  if (invitation.state === 'expired') return <Badge tone="warning">Expired</Badge>;
  return (
    <>
      <span className="sm:hidden">Expires </span>
      <LocalTime value={invitation.expiresAt} />
    </>
  );
}
