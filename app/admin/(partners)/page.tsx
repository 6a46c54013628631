import type { Metadata } from 'next';
import Link from 'next/link';
import { Building2, Plus } from 'lucide-react';
import { PartnerStatusBadge } from '@/components/admin/partner-status-badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireScope } from '@/lib/auth/session';
import { listPartners } from '@/lib/partners/list-partners';

export const metadata: Metadata = { title: 'Partners' };

export default async function PartnersPage() {
  const scope = await requireScope('platform');
  const partners = await listPartners(scope);
  const activeCount = partners.filter((partner) => partner.status === 'ACTIVE').length;
  const customerCount = partners.reduce((sum, partner) => sum + partner.customerCount, 0);
  const userCount = partners.reduce((sum, partner) => sum + partner.userCount, 0);

  const stats = [
    { label: 'Partners', value: partners.length, hint: `${activeCount} active` },
    { label: 'Customers', value: customerCount, hint: 'Across all partners' },
    { label: 'Users', value: userCount, hint: 'Sign-in accounts of all partners' },
  ];

  return (
    <>
      <PageHeader
        title="Partners"
        description="Every reseller on the platform, with its size at a glance."
        actions={
          <Link href="/admin/partners/new" className={buttonVariants()}>
            <Plus aria-hidden="true" />
            New partner
          </Link>
        }
      />

      <div className="mb-6 grid grid-cols-3 gap-3 sm:gap-4">
        {stats.map((stat) => (
          <Card key={stat.label}>
            <CardContent className="px-4 sm:px-5">
              <p className="text-sm text-muted-foreground">{stat.label}</p>
              <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{stat.value}</p>
              <p className="mt-1 hidden text-xs text-muted-foreground sm:block">{stat.hint}</p>
            </CardContent>
          </Card>
        ))}
      </div>

      <Card className="overflow-hidden">
        {partners.length === 0 ? (
          <EmptyState
            icon={Building2}
            title="No partners yet"
            description="Create the first reseller; its admin gets an invitation link to sign in."
            action={
              <Link href="/admin/partners/new" className={buttonVariants()}>
                <Plus aria-hidden="true" />
                New partner
              </Link>
            }
          />
        ) : (
          <Table>
            <TableCaption>Partners</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Partner</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="hidden sm:table-cell">Currency</TableHead>
                <TableHead className="hidden text-right sm:table-cell">Users</TableHead>
                <TableHead className="text-right">Customers</TableHead>
                <TableHead className="hidden md:table-cell">Created</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {partners.map((partner) => (
                <TableRow key={partner.id}>
                  <TableCell>
                    <Link href={`/admin/partners/${partner.id}`} className="block font-medium text-foreground underline-offset-4 hover:underline focus-visible:underline">
                      {partner.name}
                    </Link>
                    <span className="block font-mono text-xs text-muted-foreground">{partner.slug}</span>
                  </TableCell>
                  <TableCell>
                    <PartnerStatusBadge status={partner.status} />
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground sm:table-cell">{partner.currency}</TableCell>
                  <TableCell className="hidden text-right tabular-nums sm:table-cell">{partner.userCount}</TableCell>
                  <TableCell className="text-right tabular-nums">{partner.customerCount}</TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">
                    <LocalTime value={partner.createdAt} format="date" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </>
  );
}
