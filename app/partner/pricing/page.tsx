import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { SearchX, Tags } from 'lucide-react';
import { CreatePriceListDialog } from '@/components/pricing/create-price-list-dialog';
import { ImportPriceListDialog } from '@/components/pricing/import-price-list-dialog';
import { PriceListEntriesTable } from '@/components/pricing/price-list-entries-table';
import { AddPriceListEntryButton } from '@/components/pricing/price-list-entry-dialog';
import { RerateForm } from '@/components/pricing/rerate-form';
import { RefreshWhilePending } from '@/components/pricing/refresh-while-pending';
import { RerateRunsTable } from '@/components/pricing/rerate-runs-table';
import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { requireScope } from '@/lib/auth/session';
import { cn } from '@/lib/ui/cn';
import { listPriceListEntries } from '@/lib/rating/list-price-list-entries';
import { listPriceLists } from '@/lib/rating/list-price-lists';
import { listRerateRuns } from '@/lib/rating/list-rerate-runs';
import { dayInZone } from '@/lib/usage/charts/calendar-days';

export const metadata: Metadata = { title: 'Price list' };

const BASE_PATH = '/partner/pricing';
const PAGE_SIZE = 50;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export default async function PricingPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const editable = scope.role === 'PARTNER_ADMIN';
  const params = await searchParams;
  const [overview, runs] = await Promise.all([listPriceLists(scope), listRerateRuns(scope)]);
  const { partner, priceLists, unpricedCurrencies } = overview;
  const wanted = first(params.currency).toUpperCase();
  const priceList = priceLists.find((list) => list.currency === wanted) ?? priceLists.find((list) => list.currency === partner.currency) ?? priceLists[0];
  const nextCurrency = unpricedCurrencies[0] ?? (priceLists.some((list) => list.currency === partner.currency) ? '' : partner.currency);

  const header = (
    <PageHeader
      title="Price list"
      description="What you charge your customers per destination. Each call is priced by the longest prefix of its number that has an entry."
      actions={editable && priceLists.length > 0 ? <CreatePriceListDialog defaultCurrency={nextCurrency} label="New price list" variant="secondary" /> : null}
    />
  );

  if (!priceList) {
    return (
      <>
        {header}
        <Card>
          <EmptyState
            icon={Tags}
            title="No price list yet"
            description={
              editable
                ? `Create one to price your customers' calls. Until then, calls sync with the provider's cost only.`
                : 'A partner admin creates the price list; until then, calls sync with the provider’s cost only.'
            }
            action={editable ? <CreatePriceListDialog defaultCurrency={partner.currency} label="Create price list" /> : null}
          />
        </Card>
      </>
    );
  }

  const search = first(params.q);
  const page = Math.max(1, Number.parseInt(first(params.page), 10) || 1);
  const entries = await listPriceListEntries(scope, priceList.id, { search: search || undefined, page, pageSize: PAGE_SIZE });
  const today = dayInZone(new Date(), partner.timeZone);
  const listPath = priceLists.length > 1 ? `${BASE_PATH}?currency=${priceList.currency}` : BASE_PATH;

  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        {!editable ? (
          <Alert variant="info" title="You can view prices.">
            Partner admins change price lists and re-rate calls.
          </Alert>
        ) : null}
        {unpricedCurrencies.length > 0 ? (
          <Alert variant="info" title={`No price list for ${unpricedCurrencies.join(', ')}`}>
            Calls of customers billed in {unpricedCurrencies.length === 1 ? 'that currency' : 'those currencies'} stay unrated until a price list covers it.
          </Alert>
        ) : null}

        {priceLists.length > 1 ? (
          <nav aria-label="Price lists" className="flex flex-wrap gap-2">
            {priceLists.map((list) => (
              <Link
                key={list.id}
                href={`${BASE_PATH}?currency=${list.currency}`}
                aria-current={list.id === priceList.id ? 'page' : undefined}
                className={cn(
                  'rounded-md border px-3 py-1.5 text-sm font-medium',
                  list.id === priceList.id ? 'border-accent bg-accent-subtle text-accent' : 'border-border text-muted-foreground hover:text-foreground',
                )}
              >
                {list.currency}
              </Link>
            ))}
          </nav>
        ) : null}

        <Card className="overflow-hidden">
          <div className="flex flex-col gap-3 border-b border-border px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-5">
            <div className="min-w-0">
              <h2 className="text-sm font-semibold text-foreground">{priceList.name}</h2>
              <p className="text-sm text-muted-foreground">
                {priceList.currency} · {priceList.entryCount.toLocaleString('en-US')} {priceList.entryCount === 1 ? 'entry' : 'entries'}
              </p>
            </div>
            {editable ? (
              <div className="flex flex-wrap gap-2">
                <ImportPriceListDialog priceListId={priceList.id} priceListName={priceList.name} />
                <AddPriceListEntryButton priceListId={priceList.id} currency={priceList.currency} />
              </div>
            ) : null}
          </div>
          <div className="border-b border-border p-3 sm:p-4">
            <Form action={BASE_PATH} role="search" aria-label="Search entries" className="flex w-full items-center gap-2">
              {priceLists.length > 1 ? <input type="hidden" name="currency" value={priceList.currency} /> : null}
              <label htmlFor="pricing-q" className="sr-only">
                Search by prefix or destination
              </label>
              <Input key={search} id="pricing-q" name="q" type="search" defaultValue={search} placeholder="Prefix (e.g. 44) or destination" autoComplete="off" className="min-w-0 flex-1" />
              <Button type="submit" variant="secondary">
                Search
              </Button>
              {search ? (
                <Link href={listPath} className={buttonVariants({ variant: 'ghost', className: 'text-muted-foreground' })}>
                  Clear
                </Link>
              ) : null}
            </Form>
          </div>
          {entries.rows.length === 0 ? (
            <EmptyState
              icon={search ? SearchX : Tags}
              title={search ? 'No entries match' : 'No entries yet'}
              description={search ? 'Try fewer digits or another destination name.' : editable ? 'Add entries one by one or import a CSV file.' : 'A partner admin adds the prices.'}
            />
          ) : (
            <PriceListEntriesTable priceListId={priceList.id} currency={priceList.currency} rows={entries.rows} editable={editable} />
          )}
          {entries.total > 0 ? (
            <div className="border-t border-border px-4 py-3">
              <Pagination
                basePath={BASE_PATH}
                page={entries.page}
                pageSize={entries.pageSize}
                total={entries.total}
                query={{ currency: priceLists.length > 1 ? priceList.currency : undefined, q: search || undefined }}
              />
            </div>
          ) : null}
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Re-rate calls</CardTitle>
            <CardDescription>After changing prices, price the calls of a past period again. New calls are always priced with the list as it is when they sync.</CardDescription>
          </CardHeader>
          {editable ? (
            <CardContent className="border-b border-border">
              <RerateForm priceListId={priceList.id} currency={priceList.currency} timeZone={partner.timeZone} defaultFrom={`${today.slice(0, 8)}01`} defaultTo={today} />
            </CardContent>
          ) : null}
          <RefreshWhilePending pending={runs.some((run) => run.status === 'QUEUED' || run.status === 'RUNNING')} />
          {runs.length === 0 ? (
            <EmptyState title="No re-rates yet" description="Runs you start show here with their progress." className="py-8" />
          ) : (
            <RerateRunsTable runs={runs} />
          )}
        </Card>
      </div>
    </>
  );
}
