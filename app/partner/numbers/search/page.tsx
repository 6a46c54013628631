import type { Metadata } from 'next';
import Form from 'next/form';
import { SearchX } from 'lucide-react';
import { AssignToCustomerButton } from '@/components/numbers/assign-to-customer-dialog';
import { NUMBER_TYPE_OPTIONS, numberTypeLabel, SELECT_CLASS } from '@/components/numbers/number-labels';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireScope } from '@/lib/auth/session';
import { formatMoney } from '@/lib/money/format-money';
import { listNumberConnections } from '@/lib/numbers/list-number-connections';
import { PORTAL_RECORD_NOTE } from '@/lib/numbers/number-actions';
import { searchAvailableNumbers, type NumberSearchResult } from '@/lib/numbers/search-available-numbers';

export const metadata: Metadata = { title: 'Search numbers' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-danger">
      {messages.join(' ')}
    </p>
  );
}

/** Search a provider's available numbers by country and type, with prices; assign one where the provider assigns numbers. */
export default async function SearchNumbersPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const params = await searchParams;
  const connections = await listNumberConnections(scope);
  const searchable = connections.filter((connection) => connection.search.supported);
  const connectionId = first(params.connection) || searchable[0]?.id || '';
  const country = first(params.country).toUpperCase();
  const type = first(params.type);
  const connection = connections.find((candidate) => candidate.id === connectionId);
  const result: NumberSearchResult | null = country ? await searchAvailableNumbers(scope, { connectionId, country, type }) : null;
  const errors = result && !result.ok ? result.fieldErrors : {};
  const unsearchable = connections.filter((candidate) => !candidate.search.supported);

  return (
    <>
      <PageHeader back={{ href: '/partner/numbers', label: 'Numbers' }} title="Search available numbers" description="Numbers your providers offer, with their monthly and setup prices." />
      {unsearchable.length > 0 ? (
        <ul className="mb-4 flex flex-col gap-1 text-sm text-muted-foreground">
          {unsearchable.map((candidate) => (
            <li key={candidate.id}>
              <span className="font-medium text-foreground">{candidate.label}:</span> {candidate.search.supported ? null : candidate.search.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <Card className="overflow-hidden">
        <Form action="/partner/numbers/search" role="search" aria-label="Search available numbers" className="grid gap-3 border-b border-border p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start sm:p-4">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="search-connection">Connection</Label>
            <select id="search-connection" name="connection" defaultValue={connectionId} className={SELECT_CLASS} aria-invalid={errors.connectionId ? true : undefined} aria-describedby={errors.connectionId ? 'search-connection-error' : undefined}>
              {searchable.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
            <FieldError id="search-connection-error" messages={errors.connectionId} />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="search-country">Country</Label>
            <Input id="search-country" name="country" defaultValue={country} maxLength={2} placeholder="e.g. US" className="uppercase" autoComplete="off" aria-invalid={errors.country ? true : undefined} aria-describedby={errors.country ? 'search-country-error' : undefined} />
            <FieldError id="search-country-error" messages={errors.country} />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="search-type">Type</Label>
            <select id="search-type" name="type" defaultValue={type} className={SELECT_CLASS} aria-invalid={errors.type ? true : undefined}>
              {NUMBER_TYPE_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <FieldError id="search-type-error" messages={errors.type} />
          </div>
          <Button type="submit" className="sm:mt-6" disabled={searchable.length === 0}>
            Search
          </Button>
        </Form>

        {result && !result.ok && result.formError ? (
          <div className="p-4">
            <Alert variant="error" role="alert" title="The search failed">
              {result.formError}
            </Alert>
          </div>
        ) : null}
        {!result ? <EmptyState title="Choose a country" description="Enter a two-letter country code to see the numbers available there." /> : null}
        {result?.ok && result.numbers.length === 0 ? <EmptyState icon={SearchX} title="No numbers available" description="Try another type or country." /> : null}
        {result?.ok && result.numbers.length > 0 && connection ? (
          <>
            {connection.mode !== 'provider' ? (
              <div className="border-b border-border p-4">
                <Alert variant="info" title={PORTAL_RECORD_NOTE}>
                  {connection.portalReason}
                </Alert>
              </div>
            ) : null}
            <Table>
              <TableCaption>Available numbers</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>Number</TableHead>
                  <TableHead>Type</TableHead>
                  <TableHead className="text-right">Monthly</TableHead>
                  <TableHead className="hidden text-right sm:table-cell">Setup</TableHead>
                  <TableHead className="text-right">
                    <span className="sr-only">Assign</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.numbers.map((available) => (
                  <TableRow key={available.number}>
                    <TableCell className="font-mono font-medium tabular-nums">{available.number}</TableCell>
                    <TableCell>{numberTypeLabel(available.type)}</TableCell>
                    <TableCell className="text-right tabular-nums">{available.monthlyPrice ? formatMoney(available.monthlyPrice.amount, available.monthlyPrice.currency) : '—'}</TableCell>
                    <TableCell className="hidden text-right tabular-nums sm:table-cell">{available.setupPrice ? formatMoney(available.setupPrice.amount, available.setupPrice.currency) : '—'}</TableCell>
                    <TableCell className="text-right">
                      {/* Only a provider that assigns numbers can give one of its offers to a customer from here. */}
                      {connection.mode === 'provider' ? (
                        <AssignToCustomerButton connectionId={connection.id} connectionLabel={connection.label} number={available.number} monthlyPrice={available.monthlyPrice} portalNote={null} />
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        ) : null}
      </Card>
    </>
  );
}
