import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AuditEventRow } from '@/lib/platform/search-audit-events';
import { AuditChangeSummary } from './audit-change-summary';

function PartnerName({ partner }: { partner: AuditEventRow['partner'] }) {
  if (!partner) return <span className="text-muted-foreground">Platform</span>;
  return (
    <Link href={`/admin/partners/${partner.id}`} className="underline-offset-4 hover:underline focus-visible:underline">
      {partner.name}
    </Link>
  );
}

/** Audit events across partners. On narrow screens the time, partner, actor and changes fold into the event's cell. */
export function AuditEventTable({ events, caption, showPartner = true }: { events: AuditEventRow[]; caption: string; showPartner?: boolean }) {
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="hidden w-36 sm:table-cell">When</TableHead>
          <TableHead>Event</TableHead>
          {showPartner ? <TableHead className="hidden md:table-cell">Partner</TableHead> : null}
          <TableHead className="hidden md:table-cell">Actor</TableHead>
          <TableHead className="hidden lg:table-cell">Changes</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id} className="align-top">
            <TableCell className="hidden align-top text-xs whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">
              <LocalTime value={event.createdAt} />
            </TableCell>
            <TableCell className="min-w-0 align-top">
              <LocalTime value={event.createdAt} className="mb-1 block text-xs text-muted-foreground tabular-nums sm:hidden" />
              <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground">{event.action}</code>
              <p className="mt-1 text-xs [overflow-wrap:anywhere] text-muted-foreground">
                {event.entityType}
                {event.entityId ? <span className="font-mono"> {event.entityId}</span> : null}
              </p>
              <div className="mt-1 space-y-1 text-xs md:hidden">
                <p>
                  {showPartner ? (
                    <>
                      <PartnerName partner={event.partner} />
                      {' · '}
                    </>
                  ) : null}
                  <span className="[overflow-wrap:anywhere]">{event.actorEmail ?? 'System'}</span>
                </p>
              </div>
              <div className="mt-2 lg:hidden">
                <AuditChangeSummary before={event.before} after={event.after} />
              </div>
            </TableCell>
            {showPartner ? (
              <TableCell className="hidden align-top text-sm md:table-cell">
                <PartnerName partner={event.partner} />
              </TableCell>
            ) : null}
            <TableCell className="hidden align-top text-sm md:table-cell">
              <span className="[overflow-wrap:anywhere]">{event.actorEmail ?? <span className="text-muted-foreground">System</span>}</span>
              {event.ip ? <span className="block font-mono text-xs text-muted-foreground">{event.ip}</span> : null}
            </TableCell>
            <TableCell className="hidden max-w-md align-top lg:table-cell">
              <AuditChangeSummary before={event.before} after={event.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
