import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { Phone, Search, SearchX } from 'lucide-react';
import { InventoryConnectionNotes } from '@/components/numbers/inventory-connection-notes';
import { NumberInventoryTable } from '@/components/numbers/number-inventory-table';
import { SELECT_CLASS } from '@/components/numbers/number-labels';
import { Button, buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { requireScope } from '@/lib/auth/session';
import { listNumberConnections } from '@/lib/numbers/list-number-connections';
import { listNumberInventory, type InventoryQuery } from '@/lib/numbers/list-number-inventory';

export const metadata: Metadata = { title: 'Numbers' };

const BASE_PATH = '/partner/numbers';
const PAGE_SIZE = 50;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export default async function NumbersPage({ searchParams }: { searchParams: SearchParams }) {
  const scope = await requireScope('partner');
  const params = await searchParams;
  const connectionId = first(params.connection);
  const assignedParam = first(params.assigned);
  const assigned: InventoryQuery['assigned'] = assignedParam === 'assigned' || assignedParam === 'unassigned' ? assignedParam : undefined;
  const search = first(params.q);
  const page = Math.max(1, Number.parseInt(first(params.page), 10) || 1);
  const [inventory, connections] = await Promise.all([
    listNumberInventory(scope, { connectionId: connectionId || undefined, assigned, search: search || undefined, page, pageSize: PAGE_SIZE }),
    listNumberConnections(scope),
  ]);
  const filtered = Boolean(connectionId || assigned || search);

  return (
    <>
      <PageHeader
        title="Numbers"
        description={`${inventory.total} ${inventory.total === 1 ? 'number' : 'numbers'}${filtered ? ' match the filters' : ' across your connections'}`}
        actions={
          <Link href={`${BASE_PATH}/search`} className={buttonVariants({ variant: 'secondary' })}>
            <Search aria-hidden="true" />
            Search available numbers
          </Link>
        }
      />

      <InventoryConnectionNotes connections={inventory.connections} />

      <Card className="overflow-hidden">
        <Form action={BASE_PATH} role="search" aria-label="Filter numbers" className="grid gap-3 border-b border-border p-3 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end sm:p-4">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="numbers-connection">Connection</Label>
            <select id="numbers-connection" name="connection" defaultValue={connectionId} className={SELECT_CLASS}>
              <option value="">All connections</option>
              {inventory.connections.map((connection) => (
                <option key={connection.id} value={connection.id}>
                  {connection.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="numbers-assigned">Status</Label>
            <select id="numbers-assigned" name="assigned" defaultValue={assigned ?? ''} className={SELECT_CLASS}>
              <option value="">Assigned and unassigned</option>
              <option value="assigned">Assigned</option>
              <option value="unassigned">Unassigned</option>
            </select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="numbers-q">Number</Label>
            <Input key={search} id="numbers-q" name="q" type="search" defaultValue={search} placeholder="Digits of the number, a label or a customer" autoComplete="off" />
          </div>
          <div className="flex gap-2">
            <Button type="submit" variant="secondary">
              Apply
            </Button>
            {filtered ? (
              <Link href={BASE_PATH} className={buttonVariants({ variant: 'ghost', className: 'text-muted-foreground' })}>
                Clear
              </Link>
            ) : null}
          </div>
        </Form>

        {inventory.rows.length === 0 ? (
          <EmptyState
            icon={filtered ? SearchX : Phone}
            title={filtered ? 'No numbers match' : 'No numbers yet'}
            description={filtered ? 'Try another connection or status, or fewer digits.' : 'Numbers your providers list and numbers you assign in the portal appear here.'}
          />
        ) : (
          <NumberInventoryTable rows={inventory.rows} connections={connections} />
        )}

        {inventory.total > 0 ? (
          <div className="border-t border-border px-4 py-3">
            <Pagination
              basePath={BASE_PATH}
              page={inventory.page}
              pageSize={inventory.pageSize}
              total={inventory.total}
              query={{ connection: connectionId || undefined, assigned, q: search || undefined }}
            />
          </div>
        ) : null}
      </Card>
    </>
  );
}
