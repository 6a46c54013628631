import { UserRoundPlus } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { UserStatusBadge } from '@/components/users/user-status-badge';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { listOpenInvitations } from '@/lib/invitations/list-open-invitations';
import { listCustomerUsers } from '@/lib/users/list-customer-users';
import { InviteUserDialog } from './invite-user-dialog';
import { OpenInvitationsTable } from './open-invitations-table';

/** Who signs in to this customer's self-service area, the links not used yet, and "Invite a user". */
export async function CustomerUsersCard({ scope, customer }: { scope: PartnerScope; customer: { id: string; name: string; status: string } }) {
  const [users, invitations] = await Promise.all([listCustomerUsers(scope, customer.id), listOpenInvitations(scope, { customerId: customer.id })]);
  const closed = customer.status === 'CLOSED';
  return (
    <Card aria-labelledby={`customer-users-${customer.id}`}>
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle id={`customer-users-${customer.id}`}>Users</CardTitle>
          <CardDescription>People who sign in to {customer.name}’s self-service area: balance, calls, invoices, numbers.</CardDescription>
        </div>
        {closed ? null : (
          <InviteUserDialog
            triggerLabel="Invite a user"
            triggerVariant="secondary"
            title={`Invite a user to ${customer.name}`}
            description="They choose their own password through a link that works once, for 72 hours, and see only this customer’s account. The portal sends no email: you pass the link on."
            roles={[{ role: 'CUSTOMER', label: 'Customer', description: '' }]}
            customerId={customer.id}
          />
        )}
      </CardHeader>
      {users.length === 0 && invitations.length === 0 ? (
        <EmptyState
          icon={UserRoundPlus}
          title="Nobody signs in for this customer yet"
          description={closed ? 'The account is closed, so no one can be invited.' : 'Invite someone from the customer so they can see their account themselves.'}
          className="py-8"
        />
      ) : null}
      {users.length > 0 ? (
        <Table>
          <TableCaption>Users of {customer.name}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>User</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="hidden sm:table-cell">Last sign-in</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id}>
                <TableCell className="max-w-[16rem] min-w-44">
                  <span className="block font-medium">{user.name}</span>
                  <span className="block text-xs [overflow-wrap:anywhere] text-muted-foreground">{user.email}</span>
                </TableCell>
                <TableCell>
                  <UserStatusBadge disabledAt={user.disabledAt} />
                </TableCell>
                <TableCell className="hidden whitespace-nowrap sm:table-cell">{user.lastLoginAt ? <LocalTime value={user.lastLoginAt} /> : <span className="text-muted-foreground">Never</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {invitations.length > 0 ? (
        <>
          <CardContent className="border-t border-border pb-3">
            <h3 className="text-sm font-medium text-foreground">Pending invitations</h3>
          </CardContent>
          <OpenInvitationsTable invitations={invitations} caption={`Pending invitations to ${customer.name}`} showRole={false} customerId={customer.id} />
        </>
      ) : null}
    </Card>
  );
}
