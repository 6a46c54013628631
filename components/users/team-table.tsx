import { Badge } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PartnerUser } from '@/lib/users/list-partner-users';
import { TeamMemberActions } from './team-member-actions';
import { UserStatusBadge } from './user-status-badge';

const ROLE_LABEL = { PARTNER_ADMIN: 'Admin', PARTNER_STAFF: 'Staff' } as const;

/** The partner's admins and staff with their status, last sign-in and what an admin may change. */
export function TeamTable({ users }: { users: PartnerUser[] }) {
  return (
    <Table>
      <TableCaption>Your team</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead className="hidden sm:table-cell">Role</TableHead>
          <TableHead className="hidden sm:table-cell">Status</TableHead>
          <TableHead className="hidden md:table-cell">Last sign-in</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id} className={user.disabledAt ? 'text-muted-foreground' : undefined}>
            <TableCell className="max-w-[16rem] min-w-44">
              <span className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium text-foreground">
                {user.name}
                {user.isYou ? <Badge tone="accent">You</Badge> : null}
              </span>
              <span className="block text-xs [overflow-wrap:anywhere] text-muted-foreground">{user.email}</span>
              {/* Phones show role and status here instead of in columns of their own. */}
              <span className="mt-1.5 flex items-center gap-2 text-xs text-muted-foreground sm:hidden">
                {ROLE_LABEL[user.role]}
                <UserStatusBadge disabledAt={user.disabledAt} />
              </span>
            </TableCell>
            <TableCell className="hidden sm:table-cell">{ROLE_LABEL[user.role]}</TableCell>
            <TableCell className="hidden sm:table-cell">
              <UserStatusBadge disabledAt={user.disabledAt} />
            </TableCell>
            <TableCell className="hidden whitespace-nowrap md:table-cell">{user.lastLoginAt ? <LocalTime value={user.lastLoginAt} /> : <span className="text-muted-foreground">Never</span>}</TableCell>
            <TableCell>
              {user.isYou ? (
                <p className="hidden text-right text-xs text-muted-foreground sm:block">Another admin changes your access.</p>
              ) : (
                <TeamMemberActions member={{ id: user.id, name: user.name, role: user.role, disabled: user.disabledAt !== null }} />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
