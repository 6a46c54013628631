import { Prisma } from '../../db/client.ts';
import { seesCost, type CallScope } from './call-scope.ts';

export type ExportColumn = {
  header: string;
  /** Spreadsheet column width, in characters. */
  width: number;
  /** The column's value in the export query over "Cdr" aliased "c", as text or an integer. */
  sql: Prisma.Sql;
  /** The query returns the customer's id; the writer puts their name in its place. */
  customerName?: true;
  /** Text people or providers typed: a CSV must not let a spreadsheet read it as a formula. */
  freeText?: true;
};

const column = (header: string, width: number, sql: string): ExportColumn => ({ header, width, sql: Prisma.raw(sql) });

/**
 * What an export holds, in order. Times are written in the viewer's zone, named in the
 * header; money stays decimal text (PostgreSQL's own numeric output, never a float); a
 * customer's export has their price but not the partner's cost or margin.
 */
export function exportColumns(scope: CallScope, timeZone: string): ExportColumn[] {
  const partner = seesCost(scope);
  return [
    { header: `Started (${timeZone})`, width: 20, sql: Prisma.sql`to_char(c."startedAt" AT TIME ZONE ${timeZone}, 'YYYY-MM-DD HH24:MI:SS')` },
    ...(partner ? [{ ...column('Customer', 28, 'c."customerId"'), customerName: true as const, freeText: true as const }] : []),
    column('Direction', 10, 'c.direction::text'),
    column('From', 16, 'c."fromNumber"'),
    column('To', 16, 'c."toNumber"'),
    column('DID', 16, 'c.did'),
    column('Destination', 16, 'c.destination'),
    column('Country', 8, 'c."destinationCountry"'),
    column('Status', 10, 'c.status::text'),
    column('Duration (s)', 12, 'c."durationSeconds"'),
    column('Billable (s)', 12, 'c."billableSeconds"'),
    column('Currency', 9, 'c.currency'),
    ...(partner ? [column('Cost', 12, 'c.cost::text')] : []),
    column(partner ? 'Sell price' : 'Price', 12, 'c."sellPrice"::text'),
    ...(partner ? [column('Margin', 12, '(c."sellPrice" - c.cost)::text')] : []),
    { ...column('Call ID', 24, 'c."providerCallId"'), freeText: true },
  ];
}
