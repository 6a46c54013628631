import Form from 'next/form';
import Link from 'next/link';
import { Search } from 'lucide-react';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { CustomerListQuery } from '@/lib/customers/customer-list-query';
import type { ConnectionChoice } from '@/lib/customers/list-customer-filter-choices';
import { cn } from '@/lib/ui/cn';
import { CUSTOMER_STATUS_LABEL, KYC_STATUS_LABEL } from './customer-labels';
import { CUSTOMERS_PATH } from './customer-list-href';

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-card px-2.5 text-sm text-foreground shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none';

const SORT_LABEL = { name: 'Name', created: 'Date added', balance: 'Balance' } as const;

type Option = { value: string; label: string };

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: Option[] }) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={id} className="text-xs text-muted-foreground">
        {label}
      </Label>
      {/* Keyed by value: the select is uncontrolled and must follow the URL after navigation. */}
      <select key={value} id={id} name={name} defaultValue={value} className={SELECT_CLASS}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A GET form: search, filters and sort live in the URL, so a result can be bookmarked and
 * shared, and submitting starts again at the first page. Works without JavaScript too.
 */
export function CustomerListFilters({ query, connections }: { query: CustomerListQuery; connections: ConnectionChoice[] }) {
  const filtered = Boolean(query.search || query.connectionId || query.status || query.kycStatus);
  const any = (label: string): Option => ({ value: '', label });
  return (
    <Form action={CUSTOMERS_PATH} role="search" aria-label="Search and filter customers" className="flex flex-col gap-3">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="customers-q" className="text-xs text-muted-foreground">
          Search
        </Label>
        <div className="relative">
          <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            key={query.search ?? ''}
            id="customers-q"
            name="q"
            type="search"
            defaultValue={query.search ?? ''}
            placeholder="Name, email or phone"
            autoComplete="off"
            className="pl-9"
          />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        <Select
          id="customers-connection"
          name="connection"
          label="Connection"
          value={query.connectionId ?? ''}
          options={[any('All connections'), ...connections.map((connection) => ({ value: connection.id, label: connection.label }))]}
        />
        <Select
          id="customers-status"
          name="status"
          label="Status"
          value={query.status ?? ''}
          options={[any('Any status'), ...Object.entries(CUSTOMER_STATUS_LABEL).map(([value, label]) => ({ value, label }))]}
        />
        <Select
          id="customers-kyc"
          name="kyc"
          label="KYC"
          value={query.kycStatus ?? ''}
          options={[any('Any KYC status'), ...Object.entries(KYC_STATUS_LABEL).map(([value, label]) => ({ value, label }))]}
        />
        <Select
          id="customers-sort"
          name="sort"
          label="Sort by"
          value={query.sort ?? 'name'}
          options={Object.entries(SORT_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <Select
          id="customers-dir"
          name="dir"
          label="Order"
          value={query.direction ?? 'asc'}
          options={[
            { value: 'asc', label: 'Ascending' },
            { value: 'desc', label: 'Descending' },
          ]}
        />
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {filtered ? (
          <Link href={CUSTOMERS_PATH} className={cn(buttonVariants({ variant: 'ghost' }), 'text-muted-foreground')}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
