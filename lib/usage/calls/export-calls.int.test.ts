import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { rebuildRollups } from '@/lib/usage/rollups/rebuild-rollups';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import type { CallFilters } from './call-filters';
import type { CallScope } from './call-scope';
import { insertCalls, seedCallsTenant, type CallsTenant } from './calls-test-fixture';
import { exportCalls, type CallExportFormat } from './export-calls';
import { getCallTotals } from './list-calls';

let tenant: CallsTenant;
let other: CallsTenant;

const options = () => ({ base: testDb(), connectionString: inject('databaseUrl') });

async function download(scope: CallScope, filters: CallFilters, format: CallExportFormat): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = exportCalls(scope, filters, format, options()).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return Buffer.concat(chunks);
}

const csvRows = (file: Buffer): string[][] => parse(file, { bom: true });

async function xlsxRows(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1)));
}

beforeEach(async () => {
  await resetDatabase();
  tenant = await seedCallsTenant('export', { timeZone: 'America/New_York', customers: [{ name: '=Formula "Quoted", Ltd' }, { name: 'Café Lumière' }] });
  other = await seedCallsTenant('elsewhere');
  await insertCalls(tenant, 0, [
    { startedAt: new Date('2026-03-10T15:04:05Z'), providerCallId: 'first', status: 'ANSWERED', durationSeconds: 75, billableSeconds: 120, cost: '0.024000', sellPrice: '0.031000', destinationCountry: 'GB' },
    { startedAt: new Date('2026-03-10T16:00:00Z'), providerCallId: 'unrated', sellPrice: null, did: null, destinationCountry: null },
    ...Array.from({ length: 25 }, (_, index) => ({ startedAt: new Date(Date.UTC(2026, 2, 11, 12, index)), status: index % 2 ? ('BUSY' as const) : ('ANSWERED' as const) })),
  ]);
  await insertCalls(tenant, 1, Array.from({ length: 30 }, (_, index) => ({ startedAt: new Date(Date.UTC(2026, 2, 12, 0, index)) })));
  await insertCalls(other, 0, [{ startedAt: new Date('2026-03-10T15:00:00Z'), providerCallId: 'foreign' }]);
  await rebuildRollups(testDb(), tenant.partnerId, '2026-03-01', '2026-03-31');
});

describe('exportCalls', () => {
  it('writes a CSV with one row per call of the filtered set, times in the viewer’s zone and money as decimals', async () => {
    const filters = { status: 'ANSWERED' as const, tz: 'Europe/Paris' };
    const [header, ...rows] = csvRows(await download(tenant.staff, filters, 'csv'));
    expect(header).toEqual(['Started (Europe/Paris)', 'Customer', 'Direction', 'From', 'To', 'DID', 'Destination', 'Country', 'Status', 'Duration (s)', 'Billable (s)', 'Currency', 'Cost', 'Sell price', 'Margin', 'Call ID']);
    expect(rows).toHaveLength((await getCallTotals(tenant.staff, filters, testDb())).calls);
    expect(rows.every((row) => row[8] === 'ANSWERED')).toBe(true);
    const first = rows.find((row) => row[15] === 'first')!;
    // The name would start a formula in a spreadsheet, so it is written as text.
    expect(first).toEqual(['2026-03-10 16:04:05', `'=Formula "Quoted", Ltd`, 'OUTBOUND', expect.any(String), expect.any(String), expect.any(String), expect.any(String), 'GB', 'ANSWERED', '75', '120', 'USD', '0.024000', '0.031000', '0.007000', 'first']);
    // Newest first, as the browser lists them.
    expect(rows.map((row) => row[0])).toEqual(rows.map((row) => row[0]).sort().reverse());
  });

  it('leaves unknown values empty and keeps names intact, quotes and commas included', async () => {
    const rows = csvRows(await download(tenant.staff, {}, 'csv')).slice(1);
    expect(rows).toHaveLength(57);
    const unrated = rows.find((row) => row[15] === 'unrated')!;
    expect([unrated[5], unrated[7], unrated[13], unrated[14]]).toEqual(['', '', '', '']);
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set([`'=Formula "Quoted", Ltd`, 'Café Lumière']));
  });

  it('writes an XLSX workbook that reads back with the same rows', async () => {
    const filters = { from: '2026-03-11', to: '2026-03-11' };
    const [header, ...rows] = await xlsxRows(await download(tenant.staff, filters, 'xlsx'));
    // Cells hold text, never formulas, so names need no escaping there.
    expect((await xlsxRows(await download(tenant.staff, { customerId: tenant.customers[0]!.id }, 'xlsx')))[1]?.[1]).toBe('=Formula "Quoted", Ltd');
    expect(header).toEqual(expect.arrayContaining(['Started (America/New_York)', 'Customer', 'Cost', 'Sell price', 'Margin']));
    expect(rows).toHaveLength((await getCallTotals(tenant.staff, filters, testDb())).calls);
    expect(rows).toHaveLength(25 + 30);
    expect(rows[0]).toEqual(['2026-03-11 20:29:00', 'Café Lumière', 'OUTBOUND', expect.any(String), expect.any(String), expect.any(String), expect.any(String), 'GB', 'ANSWERED', 30, 60, 'USD', '0.010000', '0.015000', '0.005000', expect.any(String)]);
  });

  it('gives a customer their own calls and price, never the partner’s cost or other customers', async () => {
    const customer = tenant.customers[1]!.scope;
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await download(customer, { customerId: tenant.customers[0]!.id }, format);
      const [header, ...rows] = format === 'csv' ? csvRows(file) : await xlsxRows(file);
      expect(header).toEqual(['Started (America/New_York)', 'Direction', 'From', 'To', 'DID', 'Destination', 'Country', 'Status', 'Duration (s)', 'Billable (s)', 'Currency', 'Price', 'Call ID']);
      expect(rows).toHaveLength(30);
    }
  });

  it('never exports another partner’s calls', async () => {
    const rows = csvRows(await download(other.staff, {}, 'csv')).slice(1);
    expect(rows.map((row) => row[15])).toEqual(['foreign']);
    expect(csvRows(await download(other.staff, { customerId: tenant.customers[0]!.id }, 'csv'))).toHaveLength(1);
  });

  it('releases its database connection when the reader cancels', async () => {
    // More calls than one batch of the cursor, so it is still open at the first chunk.
    await testDb().$executeRaw`
      INSERT INTO "Cdr" ("partnerId", "customerId", "connectionId", "providerCallId", direction, "fromNumber", "toNumber", destination, "startedAt", "durationSeconds", "billableSeconds", status, currency, cost)
      SELECT ${tenant.partnerId}, ${tenant.customers[1]!.id}, ${tenant.connectionId}, 'bulk-' || n, 'OUTBOUND', '+12125550000', '+442070000000', '442070000000',
             '2026-04-01T00:00:00Z'::timestamptz + n * interval '1 second', 60, 60, 'ANSWERED', 'USD', 0.01
      FROM generate_series(1, 2500) AS n`;
    const reader = exportCalls(tenant.staff, {}, 'csv', options()).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    // The cursor's transaction is gone: other connections' queries run, and no export session remains.
    const deadline = Date.now() + 5000;
    let open = Infinity;
    while (open > 0 && Date.now() < deadline) {
      const [row] = await testDb().$queryRaw<[{ open: number }]>`
        SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%to_char(c."startedAt"%'`;
      open = row.open;
    }
    expect(open).toBe(0);
  });
});
