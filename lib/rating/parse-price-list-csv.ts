import { CsvError, parse } from 'csv-parse/sync';
import { fieldErrorsOf } from '../validation/field-errors.ts';
import { priceListEntrySchema, type PriceListEntryValues } from './price-list-entry-schema.ts';

/** The columns of a price-list file, in the order the example shows them. */
const PRICE_LIST_CSV_COLUMNS = ['prefix', 'description', 'rate_per_minute', 'billing_increment', 'minimum_seconds', 'connection_fee'] as const;
type Column = (typeof PRICE_LIST_CSV_COLUMNS)[number];

const REQUIRED_COLUMNS: Column[] = ['prefix', 'description', 'rate_per_minute'];
/** Left out or blank, these take the usual defaults: per-minute billing, no minimum, no fee. */
const DEFAULTS: Partial<Record<Column, string>> = { billing_increment: '60', minimum_seconds: '0', connection_fee: '0' };

const FIELD_COLUMN: Record<string, Column> = {
  prefix: 'prefix',
  description: 'description',
  ratePerMinute: 'rate_per_minute',
  billingIncrementSeconds: 'billing_increment',
  minimumSeconds: 'minimum_seconds',
  connectionFee: 'connection_fee',
};

export const MOST_CSV_ROWS = 10_000;
/** Enough to fix a file by; the count says how many there are in all. */
const MOST_REPORTED_ERRORS = 100;

/** A problem on one line of the file (line 1 is the header); `column` is absent for the row as a whole. */
export type CsvRowError = { row: number; column?: Column; message: string };

export type ParsedPriceListCsv =
  | { ok: true; entries: PriceListEntryValues[] }
  | { ok: false; formError: string; rowErrors: CsvRowError[]; errorCount: number };

function failure(formError: string, rowErrors: CsvRowError[] = []): ParsedPriceListCsv {
  return { ok: false, formError, rowErrors: rowErrors.slice(0, MOST_REPORTED_ERRORS), errorCount: rowErrors.length };
}

function readRecords(text: string): { records: string[][]; lines: number[] } | string {
  try {
    // With `info`, each record comes with the line it ends on; the library's types do not model that option.
    const parsed = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return { records: parsed.map((row) => row.record), lines: parsed.map((row) => row.info.lines) };
  } catch (error) {
    if (error instanceof CsvError) return `The file is not valid CSV: ${error.message}`;
    throw error;
  }
}

/**
 * Reads a price-list CSV and validates every row with the entry form's own schema, so a
 * file and the form accept exactly the same values. Every problem is reported with its
 * line, and nothing is returned unless the whole file is valid.
 */
export function parsePriceListCsv(text: string): ParsedPriceListCsv {
  const read = readRecords(text);
  if (typeof read === 'string') return failure(read);
  const [header, ...rows] = read.records;
  if (!header) return failure(`The file is empty. Start with the header line: ${PRICE_LIST_CSV_COLUMNS.join(',')}`);

  const columns = header.map((name) => name.toLowerCase());
  const unknown = columns.filter((name) => !(PRICE_LIST_CSV_COLUMNS as readonly string[]).includes(name));
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  const repeated = columns.filter((name, position) => columns.indexOf(name) !== position);
  if (unknown.length > 0 || missing.length > 0 || repeated.length > 0) {
    const problems = [
      missing.length > 0 ? `missing ${missing.join(', ')}` : null,
      unknown.length > 0 ? `unknown ${unknown.join(', ')}` : null,
      repeated.length > 0 ? `repeated ${repeated.join(', ')}` : null,
    ].filter(Boolean);
    return failure(`The header line must name the columns ${PRICE_LIST_CSV_COLUMNS.join(',')} (${problems.join('; ')}).`);
  }
  if (rows.length === 0) return failure('The file has a header but no price rows.');
  if (rows.length > MOST_CSV_ROWS) return failure(`The file has ${rows.length.toLocaleString('en-US')} rows; import at most ${MOST_CSV_ROWS.toLocaleString('en-US')} at a time.`);

  const errors: CsvRowError[] = [];
  const entries: PriceListEntryValues[] = [];
  const firstRowOfPrefix = new Map<string, number>();
  rows.forEach((values, index) => {
    const row = read.lines[index + 1]!;
    if (values.length !== columns.length) {
      errors.push({ row, message: `Expected ${columns.length} values, found ${values.length}.` });
      return;
    }
    const cell = (column: Column) => {
      const position = columns.indexOf(column);
      const value = position === -1 ? '' : values[position]!;
      return value === '' ? (DEFAULTS[column] ?? '') : value;
    };
    const parsed = priceListEntrySchema.safeParse({
      prefix: cell('prefix'),
      description: cell('description'),
      ratePerMinute: cell('rate_per_minute'),
      billingIncrementSeconds: cell('billing_increment'),
      minimumSeconds: cell('minimum_seconds'),
      connectionFee: cell('connection_fee'),
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error))) {
        for (const message of messages) errors.push({ row, column: FIELD_COLUMN[field], message });
      }
      return;
    }
    const earlier = firstRowOfPrefix.get(parsed.data.prefix);
    if (earlier !== undefined) {
      errors.push({ row, column: 'prefix', message: `Prefix ${parsed.data.prefix} is already on line ${earlier}.` });
      return;
    }
    firstRowOfPrefix.set(parsed.data.prefix, row);
    entries.push(parsed.data);
  });

  if (errors.length > 0) {
    return failure(`${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in the file; nothing was imported.`, errors);
  }
  return { ok: true, entries };
}
