import { FileText } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { LocalTime } from '@/components/ui/local-time';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { getCustomerInvoices } from '@/lib/customers/get-customer-invoices';
import { formatMoney } from '@/lib/money/format-money';
import { ProviderDataCard, ProviderDataStatus, ProviderDataUnavailable } from './provider-data-card';

async function Invoices({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const view = await getCustomerInvoices(scope, customerId);
  if (!view) return null;
  if (view.kind === 'unavailable') return <ProviderDataUnavailable reason={view.reason} />;
  const invoices = view.data?.items ?? [];
  return (
    <div className="space-y-3">
      <ProviderDataStatus view={view} what="invoices" />
      {view.data && invoices.length === 0 ? <EmptyState icon={FileText} title="No invoices yet" className="py-6" /> : null}
      {invoices.length > 0 ? (
        <Table>
          <TableCaption>Invoices</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Invoice</TableHead>
              <TableHead className="hidden sm:table-cell">Issued</TableHead>
              <TableHead className="hidden sm:table-cell">Due</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Total</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invoices.map((invoice) => (
              <TableRow key={invoice.id}>
                <TableCell className="font-medium">{invoice.number}</TableCell>
                <TableCell className="hidden whitespace-nowrap sm:table-cell">{invoice.issuedAt ? <LocalTime value={invoice.issuedAt} format="date" /> : '—'}</TableCell>
                <TableCell className="hidden whitespace-nowrap sm:table-cell">{invoice.dueAt ? <LocalTime value={invoice.dueAt} format="date" /> : '—'}</TableCell>
                <TableCell className="text-muted-foreground capitalize">{invoice.status}</TableCell>
                <TableCell className="text-right tabular-nums">{formatMoney(invoice.total.amount, invoice.total.currency)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}

export function CustomerInvoicesCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  return (
    <ProviderDataCard title="Invoices" description="The latest invoices the provider issued to this account.">
      <Invoices scope={scope} customerId={customerId} />
    </ProviderDataCard>
  );
}
