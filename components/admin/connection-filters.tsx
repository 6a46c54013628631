import Form from 'next/form';
import Link from 'next/link';
import { Button, buttonVariants } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import type { ConnectionFilters as Filters } from '@/lib/platform/list-provider-connections';
import { cn } from '@/lib/ui/cn';
import { NativeSelect } from './native-select';

const HEALTH_LABEL = { failing: 'Failing', unknown: 'Not checked yet', healthy: 'Healthy' } as const;

/** A GET form: the filters live in the URL, so a view can be shared; works without JavaScript. */
export function ConnectionFilters({ filters, partners }: { filters: Filters; partners: Array<{ id: string; name: string }> }) {
  const filtered = Boolean(filters.partnerId || filters.health);
  return (
    <Form action="/admin/connections" role="search" aria-label="Filter connections" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-44 flex-1 flex-col gap-1.5 sm:flex-none">
        <Label htmlFor="connections-partner" className="text-xs text-muted-foreground">
          Partner
        </Label>
        <NativeSelect key={filters.partnerId ?? ''} id="connections-partner" name="partner" defaultValue={filters.partnerId ?? ''}>
          <option value="">All partners</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex min-w-36 flex-1 flex-col gap-1.5 sm:flex-none">
        <Label htmlFor="connections-health" className="text-xs text-muted-foreground">
          Health
        </Label>
        <NativeSelect key={filters.health ?? ''} id="connections-health" name="health" defaultValue={filters.health ?? ''}>
          <option value="">Any health</option>
          {Object.entries(HEALTH_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {filtered ? (
          <Link href="/admin/connections" className={cn(buttonVariants({ variant: 'ghost' }), 'text-muted-foreground')}>
            Clear
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
