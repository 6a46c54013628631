import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Clock, LinkIcon, MailCheck, RadioTower, Undo2 } from 'lucide-react';
import { AcceptInvitationForm } from '@/components/invitations/accept-invitation-form';
import { buttonVariants } from '@/components/ui/button';
import { LocalTime } from '@/components/ui/local-time';
import { UNUSABLE_MESSAGE } from '@/lib/invitations/accept-invitation';
import { getInvitationForToken, type InvitationForToken, type KnownInvitation } from '@/lib/invitations/get-invitation-for-token';

// The link carries a secret: no page it leads to may pass it on in a Referer header.
export const metadata: Metadata = { title: 'Accept invitation', referrer: 'no-referrer', robots: { index: false, follow: false } };

export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationForToken(token);

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <div className="mb-6 flex justify-center">
          <span className="flex size-10 items-center justify-center rounded-lg bg-accent text-accent-foreground shadow-sm">
            <RadioTower aria-hidden="true" className="size-5" />
          </span>
        </div>
        {invitation.state === 'pending' ? <PendingInvitation invitation={invitation} token={token} /> : <UnusableInvitation invitation={invitation} state={invitation.state} />}
      </div>
    </main>
  );
}

function PendingInvitation({ invitation, token }: { invitation: KnownInvitation; token: string }) {
  const joining = invitation.role === 'CUSTOMER' ? `${invitation.customerName ?? 'your company'}’s account` : invitation.partnerName;
  return (
    <>
      <div className="mb-6 text-center">
        <h1 className="text-xl font-semibold tracking-tight text-balance text-foreground">Join {joining}</h1>
        <p className="mt-2 text-sm text-balance text-muted-foreground">
          {invitation.invitedByName ?? 'Someone'} at {invitation.partnerName} invited you to the Partner Portal as{' '}
          {invitation.role === 'PARTNER_ADMIN' ? 'an admin' : invitation.role === 'PARTNER_STAFF' ? 'a staff member' : `a user of ${invitation.customerName ?? 'your company'}’s account`}.
          Choose a password to finish.
        </p>
      </div>
      <div className="rounded-lg border border-border bg-card p-6 shadow-sm">
        <dl className="mb-5 grid gap-3 rounded-md bg-muted/60 px-3.5 py-3 text-sm">
          <div className="flex flex-wrap justify-between gap-x-4">
            <dt className="text-muted-foreground">Name</dt>
            <dd className="font-medium text-foreground">{invitation.name}</dd>
          </div>
          <div className="flex flex-wrap justify-between gap-x-4">
            <dt className="text-muted-foreground">Sign-in email</dt>
            <dd className="font-medium [overflow-wrap:anywhere] text-foreground">{invitation.email}</dd>
          </div>
          <div className="flex flex-wrap justify-between gap-x-4">
            <dt className="text-muted-foreground">Link expires</dt>
            <dd className="font-medium text-foreground">
              <LocalTime value={invitation.expiresAt} />
            </dd>
          </div>
        </dl>
        <AcceptInvitationForm token={token} email={invitation.email} />
      </div>
    </>
  );
}

const UNUSABLE_LOOK: Record<Exclude<InvitationForToken['state'], 'pending'>, { title: string; icon: ReactNode }> = {
  unknown: { title: 'This link is not valid', icon: <LinkIcon aria-hidden="true" className="size-5" /> },
  expired: { title: 'This invitation has expired', icon: <Clock aria-hidden="true" className="size-5" /> },
  accepted: { title: 'This invitation was already used', icon: <MailCheck aria-hidden="true" className="size-5" /> },
  revoked: { title: 'This invitation was withdrawn', icon: <Undo2 aria-hidden="true" className="size-5" /> },
};

function UnusableInvitation({ invitation, state }: { invitation: InvitationForToken; state: Exclude<InvitationForToken['state'], 'pending'> }) {
  const look = UNUSABLE_LOOK[state];
  const inviter = 'invitedByName' in invitation && invitation.invitedByName ? `${invitation.invitedByName} at ${invitation.partnerName}` : null;
  return (
    <div className="rounded-lg border border-border bg-card p-6 text-center shadow-sm">
      <div className="mx-auto mb-4 flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">{look.icon}</div>
      <h1 className="text-lg font-semibold tracking-tight text-foreground">{look.title}</h1>
      <p className="mt-2 text-sm text-muted-foreground">{UNUSABLE_MESSAGE[state]}</p>
      {inviter && state !== 'accepted' ? <p className="mt-2 text-sm text-muted-foreground">You were invited by {inviter}.</p> : null}
      <Link href="/sign-in" className={buttonVariants({ variant: state === 'accepted' ? 'primary' : 'secondary', className: 'mt-6' })}>
        Go to sign-in
      </Link>
    </div>
  );
}
