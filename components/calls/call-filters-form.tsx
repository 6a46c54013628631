import Link from 'next/link';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { CallStatus } from '@/lib/db/generated/enums';
import { hasCallFilters, MAX_MIN_DURATION_SECONDS, type CallFilterErrors, type CallFilters } from '@/lib/usage/calls/call-filters';
import { cn } from '@/lib/ui/cn';
import { CALL_STATUS_LABEL } from './call-labels';
import { CustomerPicker } from './customer-picker';
import { FilterFormShell } from './filter-form-shell';
import { TimeZoneField } from './time-zone-field';

const SELECT_CLASS =
  'h-9 w-full rounded-md border border-input bg-card px-2.5 text-sm text-foreground shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/25 focus-visible:outline-none aria-invalid:border-danger';

type CallFiltersFormProps = {
  basePath: string;
  filters: CallFilters;
  /** What the viewer typed, shown again beside its error when it did not validate. */
  values: Record<string, string | undefined>;
  fieldErrors: CallFilterErrors;
  /** The zone the server read the dates in: the link's, else the partner's. */
  timeZone: string;
  /** Staff filter by customer; a customer sees only their own calls. */
  customer?: { selected: { id: string; name: string } | null };
};

/** "2026-03-01T14:30" → date and time parts for the two inputs. */
function splitLocal(value: string | undefined): { date: string; time: string } {
  const [date = '', time = ''] = (value ?? '').split('T');
  return { date, time };
}

/**
 * A GET form: the filters live in the URL, so a view can be bookmarked and shared, and
 * applying them starts again at the first page. Dates are the viewer's own; the hidden
 * zone field tells the server how to read them.
 */
export function CallFiltersForm({ basePath, filters, values, fieldErrors, timeZone, customer }: CallFiltersFormProps) {
  const from = splitLocal(values.from);
  const to = splitLocal(values.to);
  // Keyed by the URL so uncontrolled inputs follow a navigation (e.g. "Clear filters").
  const key = JSON.stringify(values);
  // Twelve columns on large screens: the date-and-time pairs need the room.
  const wide = 'col-span-2 sm:col-span-1 lg:col-span-4';
  const narrow = customer ? 'lg:col-span-3' : 'lg:col-span-4';
  return (
    <FilterFormShell key={key} action={basePath} label="Filter calls">
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-12">
        <div className={wide}>
          <FormField id="calls-from" label="From" errors={fieldErrors.from}>
            {(aria) => (
              <div className="flex gap-2">
                <Input id="calls-from" name="from" type="date" defaultValue={from.date} className="min-w-0 flex-[3]" {...aria} />
                <Input name="fromTime" type="time" defaultValue={values.fromTime ?? from.time} aria-label="From time (optional)" className="min-w-0 flex-[2]" />
              </div>
            )}
          </FormField>
        </div>
        <div className={wide}>
          <FormField id="calls-to" label="To" errors={fieldErrors.to} hint="The whole day unless a time is given.">
            {(aria) => (
              <div className="flex gap-2">
                <Input id="calls-to" name="to" type="date" defaultValue={to.date} className="min-w-0 flex-[3]" {...aria} />
                <Input name="toTime" type="time" defaultValue={values.toTime ?? to.time} aria-label="To time (optional)" className="min-w-0 flex-[2]" />
              </div>
            )}
          </FormField>
        </div>
        {customer ? (
          <div className={wide}>
            <FormField id="calls-customer" label="Customer" errors={fieldErrors.customerId}>
              {(aria) => <CustomerPicker id="calls-customer" selected={customer.selected} {...aria} />}
            </FormField>
          </div>
        ) : null}
        <div className={narrow}>
          <FormField id="calls-did" label="DID" errors={fieldErrors.did}>
            {(aria) => <Input id="calls-did" name="did" inputMode="tel" defaultValue={values.did ?? ''} placeholder="+12125550100" autoComplete="off" {...aria} />}
          </FormField>
        </div>
        <div className={narrow}>
          <FormField id="calls-destination" label="Destination" errors={fieldErrors.destination}>
            {(aria) => <Input id="calls-destination" name="destination" defaultValue={values.destination ?? ''} placeholder="GB or 4420" autoComplete="off" {...aria} />}
          </FormField>
        </div>
        <div className={narrow}>
          <FormField id="calls-status" label="Status" errors={fieldErrors.status}>
            {(aria) => (
              <select id="calls-status" name="status" defaultValue={values.status ?? ''} className={SELECT_CLASS} {...aria}>
                <option value="">Any status</option>
                {Object.values(CallStatus).map((status) => (
                  <option key={status} value={status}>
                    {CALL_STATUS_LABEL[status]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className={narrow}>
          <FormField id="calls-min-duration" label="Min. billed (s)" errors={fieldErrors.minDuration}>
            {(aria) => (
              <Input id="calls-min-duration" name="minDuration" type="number" min={0} max={MAX_MIN_DURATION_SECONDS} step={1} inputMode="numeric" defaultValue={values.minDuration ?? ''} placeholder="0" {...aria} />
            )}
          </FormField>
        </div>
      </div>
      {/* The sort survives a change of filters. */}
      {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.dir ? <input type="hidden" name="dir" value={filters.dir} /> : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="flex items-center gap-2">
          <Button type="submit" variant="secondary">
            Apply filters
          </Button>
          {hasCallFilters(filters) || Object.keys(fieldErrors).length > 0 ? (
            <Link href={basePath} className={cn(buttonVariants({ variant: 'ghost' }), 'text-muted-foreground')}>
              Clear filters
            </Link>
          ) : null}
        </div>
        <TimeZoneField applied={timeZone} />
      </div>
    </FilterFormShell>
  );
}
