import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MailPlus, Users } from 'lucide-react';
import { OpenInvitationsTable } from '@/components/invitations/open-invitations-table';
import { Alert } from '@/components/ui/alert';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { TeamInviteButton } from '@/components/users/team-invite-button';
import { TeamTable } from '@/components/users/team-table';
import { requireScope } from '@/lib/auth/session';
import { listOpenInvitations } from '@/lib/invitations/list-open-invitations';
import { getOwnPartnerName } from '@/lib/users/get-own-partner-name';
import { listPartnerUsers } from '@/lib/users/list-partner-users';

export const metadata: Metadata = { title: 'Users' };

// No loading.tsx: the role check below must be able to answer 404.
export default async function PartnerUsersPage() {
  const scope = await requireScope('partner');
  // The team is the partner admin's; staff should not learn the page exists.
  if (scope.role !== 'PARTNER_ADMIN') notFound();
  const [users, invitations, partnerName] = await Promise.all([listPartnerUsers(scope), listOpenInvitations(scope, { team: true }), getOwnPartnerName(scope)]);

  return (
    <>
      <PageHeader
        title="Users"
        description={`The people who sign in to ${partnerName}’s side of the portal. Customers’ own users are on each customer’s page.`}
        actions={<TeamInviteButton partnerName={partnerName} />}
      />
      <div className="grid grid-cols-1 gap-4">
        <Alert variant="info" title="The portal sends no email">
          Inviting someone gives you a link to pass on yourself; it is shown once and works for 72 hours.
        </Alert>
        <Card aria-labelledby="team-title">
          <CardHeader>
            <CardTitle id="team-title">Team</CardTitle>
            <CardDescription>A partner always keeps at least one active admin. Disabling someone signs them out at once.</CardDescription>
          </CardHeader>
          {users.length === 0 ? <EmptyState icon={Users} title="No users yet" /> : <TeamTable users={users} />}
        </Card>
        <Card aria-labelledby="invitations-title">
          <CardHeader>
            <CardTitle id="invitations-title">Pending invitations</CardTitle>
            <CardDescription>Links not used yet. Expired ones stay here for two weeks so you can invite again.</CardDescription>
          </CardHeader>
          {invitations.length === 0 ? (
            <EmptyState icon={MailPlus} title="No pending invitations" description="Invite a colleague to give them their own sign-in." className="py-8" />
          ) : (
            <OpenInvitationsTable invitations={invitations} caption="Pending invitations to your team" />
          )}
        </Card>
      </div>
    </>
  );
}
