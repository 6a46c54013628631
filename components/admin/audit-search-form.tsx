import Form from 'next/form';
import Link from 'next/link';
import { Search } from 'lucide-react';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { AuditSearchQuery } from '@/lib/platform/audit-search-query';
import type { AuditFilterChoices } from '@/lib/platform/list-audit-filter-choices';
import { cn } from '@/lib/ui/cn';
import { BrowserTimeZoneInput } from './browser-time-zone-input';
import { NativeSelect } from './native-select';

type AuditSearchFormProps = {
  query: AuditSearchQuery;
  /** What the user typed, shown back even where it was refused. */
  raw: Record<string, string | undefined>;
  fieldErrors: Record<string, string[]>;
  choices: AuditFilterChoices;
  filtered: boolean;
};

/**
 * A GET form: the search lives in the URL, so it can be bookmarked and shared; submitting
 * starts again at the newest events. Works without JavaScript (dates are then read as UTC).
 */
export function AuditSearchForm({ query, raw, fieldErrors, choices, filtered }: AuditSearchFormProps) {
  // Keyed by the URL's search, so the uncontrolled fields follow it after navigation.
  const formKey = JSON.stringify(raw);
  return (
    <Form key={formKey} action="/admin/audit" role="search" aria-label="Search the audit log" className="flex flex-col gap-3">
      <BrowserTimeZoneInput />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField id="audit-q" label="Action contains" errors={fieldErrors.q}>
          {(aria) => (
            <div className="relative">
              <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
              <Input id="audit-q" name="q" type="search" defaultValue={raw.q ?? ''} placeholder="e.g. suspend" autoComplete="off" className="pl-9" {...aria} />
            </div>
          )}
        </FormField>
        <FormField id="audit-partner" label="Partner" errors={fieldErrors.partner}>
          {(aria) => (
            <NativeSelect id="audit-partner" name="partner" defaultValue={query.partnerId ?? ''} {...aria}>
              <option value="">All partners and the platform</option>
              {choices.partners.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField id="audit-action" label="Action" errors={fieldErrors.action}>
          {(aria) => (
            <NativeSelect id="audit-action" name="action" defaultValue={query.action ?? ''} {...aria}>
              <option value="">Any action</option>
              {choices.actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField id="audit-actor" label="Actor email" errors={fieldErrors.actor}>
          {(aria) => <Input id="audit-actor" name="actor" type="search" defaultValue={raw.actor ?? ''} placeholder="Part of an address" autoComplete="off" spellCheck={false} {...aria} />}
        </FormField>
        <FormField id="audit-entity-type" label="Entity type" errors={fieldErrors.entityType}>
          {(aria) => (
            <NativeSelect id="audit-entity-type" name="entityType" defaultValue={query.entityType ?? ''} {...aria}>
              <option value="">Any type</option>
              {choices.entityTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField id="audit-entity-id" label="Entity id" errors={fieldErrors.entityId}>
          {(aria) => <Input id="audit-entity-id" name="entityId" defaultValue={raw.entityId ?? ''} placeholder="Exact id" autoComplete="off" spellCheck={false} className="font-mono" {...aria} />}
        </FormField>
        <FormField id="audit-from" label="From" errors={fieldErrors.from}>
          {(aria) => <Input id="audit-from" name="from" type="date" defaultValue={raw.from ?? ''} {...aria} />}
        </FormField>
        <FormField id="audit-to" label="To (inclusive)" errors={fieldErrors.to}>
          {(aria) => <Input id="audit-to" name="to" type="date" defaultValue={raw.to ?? ''} {...aria} />}
        </FormField>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {filtered ? (
          <Link href="/admin/audit" className={cn(buttonVariants({ variant: 'ghost' }), 'text-muted-foreground')}>
            Clear filters
          </Link>
        ) : null}
        <p className="text-xs text-muted-foreground">Dates are days in your time zone{query.from || query.to ? ` (${query.timeZone.replaceAll('_', ' ')})` : ''}.</p>
      </div>
    </Form>
  );
}
