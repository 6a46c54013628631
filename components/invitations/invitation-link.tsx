'use client';

import { useState, useSyncExternalStore } from 'react';
import { Check, Copy, Link2 } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { LocalTime } from '@/components/ui/local-time';

export type InvitationLinkData = { url: string; expiresAt: string; email: string };

const noopSubscribe = () => () => {};

/**
 * A new invitation's link, shown this once: the portal stores only its hash and sends no
 * email, so whoever invites passes it on. A link made without the portal's public address
 * is a path; the browser completes it with the address it is on.
 */
export function InvitationLink({ invitation, id }: { invitation: InvitationLinkData; id: string }) {
  const [copied, setCopied] = useState(false);
  const origin = useSyncExternalStore(noopSubscribe, () => window.location.origin, () => '');
  const url = invitation.url.startsWith('/') ? `${origin}${invitation.url}` : invitation.url;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      toast.success('Invitation link copied');
    } catch {
      // Clipboard access can be refused (permissions, plain HTTP): the link can still be selected.
      toast.error('Copying was blocked by the browser; select the link and copy it by hand.');
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id} className="flex items-center gap-1.5">
        <Link2 aria-hidden="true" className="size-4 text-muted-foreground" />
        Invitation link for {invitation.email}
      </Label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={url} className="font-mono text-xs" spellCheck={false} autoComplete="off" onFocus={(event) => event.currentTarget.select()} aria-describedby={`${id}-hint`} />
        <Button variant="secondary" onClick={copy} aria-label="Copy invitation link">
          {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        The portal sends no email: pass this link on yourself. It is shown only now and works once, until <LocalTime value={invitation.expiresAt} />.
      </p>
    </div>
  );
}
