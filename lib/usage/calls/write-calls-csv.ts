import { stringify } from 'csv-stringify/sync';
import type { ExportColumn } from './call-export-columns.ts';
import type { ExportRow } from './export-calls.ts';

// Excel reads a CSV as UTF-8 (names such as "Café Lumière") only when it starts with a byte-order mark.
const BYTE_ORDER_MARK = '\uFEFF';

// What spreadsheets take for the start of a formula (OWASP's CSV injection list).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The header, then one encoded chunk per batch of rows; empty values (no DID, unrated) stay
 * empty. Free text that would start a formula gets a leading apostrophe, as spreadsheets
 * show it; numbers, codes and decimals (a negative margin) are written as they are.
 */
export async function* writeCallsCsv(columns: ExportColumn[], batches: AsyncIterable<ExportRow[]>): AsyncGenerator<Uint8Array> {
  const freeText = columns.map((column) => column.freeText === true);
  const options = { cast: { string: (value: string, context: { index: number }) => (freeText[context.index] && FORMULA_START.test(value) ? `'${value}` : value) } };
  yield Buffer.from(BYTE_ORDER_MARK + stringify([columns.map((column) => column.header)], options));
  for await (const batch of batches) yield Buffer.from(stringify(batch, options));
}
