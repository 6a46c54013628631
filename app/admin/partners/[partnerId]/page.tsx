import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { History, Plug, Users } from 'lucide-react';
import { AuditEventTable } from '@/components/admin/audit-event-table';
import { InvitePartnerAdminDialog } from '@/components/admin/invite-partner-admin-dialog';
import { PartnerStatusActions } from '@/components/admin/partner-status-actions';
import { PartnerStatusBadge } from '@/components/admin/partner-status-badge';
import { ConnectionHealthBadge } from '@/components/connections/connection-health-badge';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireScope } from '@/lib/auth/session';
import { formatMoney } from '@/lib/money/format-money';
import { getPartnerOverview, type PartnerOverview } from '@/lib/partners/get-partner-overview';
import { searchAuditEvents } from '@/lib/platform/search-audit-events';

export const metadata: Metadata = { title: 'Partner' };

const RECENT_EVENTS = 10;
const ROLE_LABEL = { PARTNER_ADMIN: 'Admin', PARTNER_STAFF: 'Staff' } as const;

// No loading.tsx at this level or above: a loading boundary would send status 200 before
// notFound() runs for an unknown partner id.
export default async function PartnerPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const scope = await requireScope('platform');
  const { partnerId } = await params;
  const partner = await getPartnerOverview(scope, partnerId);
  if (!partner) notFound();
  const events = await searchAuditEvents(scope, { partnerId, timeZone: 'UTC', page: 1 });

  return (
    <>
      <PageHeader
        back={{ href: '/admin', label: 'Partners' }}
        title={partner.name}
        badge={<PartnerStatusBadge status={partner.status} />}
        description={
          <>
            <span className="font-mono">{partner.slug}</span> · {partner.currency} · {partner.timeZone.replaceAll('_', ' ')} · since{' '}
            <LocalTime value={partner.createdAt} format="date" />
          </>
        }
        actions={
          <>
            <InvitePartnerAdminDialog partnerId={partner.id} partnerName={partner.name} />
            <PartnerStatusActions partnerId={partner.id} partnerName={partner.name} status={partner.status} />
          </>
        }
      />

      {partner.suspension ? (
        <Alert variant="error" role="status" title="Suspended: its users cannot sign in and its background jobs do not run" className="mb-6">
          {partner.suspension.at ? (
            <>
              Since <LocalTime value={partner.suspension.at} />
              {partner.suspension.by ? ` by ${partner.suspension.by}` : null}.{' '}
            </>
          ) : null}
          {partner.suspension.reason ? <>Reason: “{partner.suspension.reason}”</> : 'No reason was recorded.'}
        </Alert>
      ) : null}

      <div className="grid gap-4">
        <PartnerStats partner={partner} />
        <div className="grid gap-4 lg:grid-cols-2">
          <ConnectionsCard partner={partner} />
          <StaffCard partner={partner} />
        </div>
        <Card className="overflow-hidden">
          <CardHeader className="flex-row items-center justify-between gap-3">
            <div>
              <CardTitle>Recent activity</CardTitle>
              <CardDescription>The latest {RECENT_EVENTS} of {events.total.toLocaleString('en-US')} audit events.</CardDescription>
            </div>
            <Link href={`/admin/audit?partner=${partner.id}`} className="shrink-0 text-sm font-medium text-accent underline-offset-4 hover:underline">
              Search the audit log
            </Link>
          </CardHeader>
          {events.items.length === 0 ? (
            <EmptyState icon={History} title="No activity yet" description="Sign-ins and changes by this partner’s users will appear here." />
          ) : (
            <AuditEventTable events={events.items.slice(0, RECENT_EVENTS)} caption={`Recent activity of ${partner.name}`} showPartner={false} />
          )}
        </Card>
      </div>
    </>
  );
}

function PartnerStats({ partner }: { partner: PartnerOverview }) {
  const failing = partner.connections.filter((connection) => connection.health.status === 'failing').length;
  const stats = [
    { label: 'Customers', value: partner.customerCount.toLocaleString('en-US'), hint: `${partner.customerUserCount} with a sign-in` },
    { label: 'Staff', value: String(partner.staff.length), hint: `${partner.pendingInvitations.length} invitation${partner.pendingInvitations.length === 1 ? '' : 's'} pending` },
    { label: 'Connections', value: String(partner.connections.length), hint: failing > 0 ? `${failing} failing` : 'None failing' },
  ];
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      {stats.map((stat) => (
        <Card key={stat.label}>
          <CardContent className="px-4 sm:px-5">
            <p className="text-sm text-muted-foreground">{stat.label}</p>
            <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{stat.value}</p>
            <p className="mt-1 text-xs text-muted-foreground">{stat.hint}</p>
          </CardContent>
        </Card>
      ))}
      <Card>
        <CardContent className="px-4 sm:px-5">
          <p className="text-sm text-muted-foreground">Customer balances</p>
          {partner.balances.length === 0 ? (
            <p className="mt-1 text-2xl font-semibold tracking-tight">—</p>
          ) : (
            <ul className="mt-1">
              {partner.balances.map((balance) => (
                <li key={balance.currency} className="text-lg font-semibold tracking-tight tabular-nums sm:text-2xl">
                  {formatMoney(balance.total, balance.currency)}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-1 text-xs text-muted-foreground">As the providers last reported</p>
        </CardContent>
      </Card>
    </div>
  );
}

function ConnectionsCard({ partner }: { partner: PartnerOverview }) {
  return (
    <Card className="overflow-hidden">
      <CardHeader className="flex-row items-center justify-between gap-3">
        <CardTitle>Provider connections</CardTitle>
        {partner.connections.length > 0 ? (
          <Link href={`/admin/connections?partner=${partner.id}`} className="shrink-0 text-sm font-medium text-accent underline-offset-4 hover:underline">
            Details and tests
          </Link>
        ) : null}
      </CardHeader>
      {partner.connections.length === 0 ? (
        <EmptyState icon={Plug} title="No connections" description="The partner’s admin adds its provider accounts after signing in." />
      ) : (
        <ul className="divide-y divide-border">
          {partner.connections.map((connection) => (
            <li key={connection.id} className="flex flex-col gap-1 px-5 py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 font-medium">{connection.label}</span>
                <ConnectionHealthBadge status={connection.health.status} />
              </div>
              <p className="text-xs text-muted-foreground">
                {connection.providerName} · {connection.customerCount} customer{connection.customerCount === 1 ? '' : 's'}
                {connection.health.lastSuccessAt ? (
                  <>
                    {' · last success '}
                    <LocalTime value={connection.health.lastSuccessAt} />
                  </>
                ) : null}
              </p>
              {connection.health.status === 'failing' && connection.health.lastError ? (
                <p className="text-xs [overflow-wrap:anywhere] text-danger">{connection.health.lastError}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function StaffCard({ partner }: { partner: PartnerOverview }) {
  return (
    <Card className="overflow-hidden">
      <CardHeader>
        <CardTitle>Staff</CardTitle>
      </CardHeader>
      {partner.staff.length === 0 && partner.pendingInvitations.length === 0 ? (
        <EmptyState icon={Users} title="No staff yet" description="Invite the partner’s first admin with “Invite admin”." />
      ) : (
        <Table>
          <TableCaption>Staff and pending invitations of {partner.name}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Person</TableHead>
              <TableHead>Role</TableHead>
              <TableHead className="hidden sm:table-cell">Last sign-in</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {partner.staff.map((user) => (
              <TableRow key={user.id}>
                <TableCell className="min-w-0">
                  <span className="block font-medium">{user.name}</span>
                  <span className="block text-xs [overflow-wrap:anywhere] text-muted-foreground">{user.email}</span>
                </TableCell>
                <TableCell>
                  <span className="flex flex-wrap gap-1">
                    <Badge tone={user.role === 'PARTNER_ADMIN' ? 'accent' : 'neutral'}>{ROLE_LABEL[user.role]}</Badge>
                    {user.disabled ? <Badge tone="danger">Disabled</Badge> : null}
                  </span>
                </TableCell>
                <TableCell className="hidden text-sm text-muted-foreground sm:table-cell">
                  {user.lastLoginAt ? <LocalTime value={user.lastLoginAt} /> : 'Never'}
                </TableCell>
              </TableRow>
            ))}
            {partner.pendingInvitations.map((invitation) => (
              <TableRow key={invitation.id}>
                <TableCell className="min-w-0">
                  <span className="block text-xs [overflow-wrap:anywhere]">{invitation.email}</span>
                </TableCell>
                <TableCell>
                  <Badge tone="warning">Invited</Badge>
                </TableCell>
                <TableCell className="hidden text-sm text-muted-foreground sm:table-cell">
                  Link valid until <LocalTime value={invitation.expiresAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
