import Form from 'next/form';
import Link from 'next/link';
import { SELECT_CLASS } from '@/components/numbers/number-labels';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { PortalInvoiceFilters } from '@/lib/invoices/list-portal-invoices';

export const INVOICES_PATH = '/partner/invoices';

const STATUSES = [
  { value: '', label: 'Any status' },
  { value: 'ISSUED', label: 'Issued' },
  { value: 'PAID', label: 'Paid' },
  { value: 'DRAFT', label: 'Draft' },
  { value: 'VOID', label: 'Void' },
];

export function isInvoiceListFiltered(filters: PortalInvoiceFilters): boolean {
  return Boolean(filters.customer || filters.customerId || filters.status || filters.month);
}

/** The list's filters as a GET form, so a filtered list can be bookmarked and shared. */
export function InvoiceFilters({ filters }: { filters: PortalInvoiceFilters }) {
  return (
    <Form action={INVOICES_PATH} role="search" aria-label="Filter invoices" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end">
      {filters.customerId ? <input type="hidden" name="customerId" value={filters.customerId} /> : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="invoices-customer">Customer</Label>
        <Input key={filters.customer} id="invoices-customer" name="customer" type="search" defaultValue={filters.customer ?? ''} placeholder="Part of the customer’s name" autoComplete="off" />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="invoices-status">Status</Label>
        <select id="invoices-status" name="status" defaultValue={filters.status ?? ''} className={SELECT_CLASS}>
          {STATUSES.map((status) => (
            <option key={status.value} value={status.value}>
              {status.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="invoices-month">Month</Label>
        <Input key={filters.month} id="invoices-month" name="month" type="month" defaultValue={filters.month ?? ''} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {isInvoiceListFiltered(filters) ? (
          <Link href={INVOICES_PATH} className={buttonVariants({ variant: 'ghost', className: 'text-muted-foreground' })}>
            Clear
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
