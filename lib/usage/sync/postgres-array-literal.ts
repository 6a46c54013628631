const SPECIAL = /[\\"]/;
const SPECIALS = /[\\"]/g;

/**
 * A PostgreSQL array literal ('{"a","b",NULL}') for one query parameter. The ingestion
 * passes each column of a few thousand calls this way: one string per column is far
 * cheaper for the client to hand over than thousands of separate array elements.
 * Every element is quoted, so commas, braces, spaces and the word NULL stay text.
 */
export function postgresArrayLiteral(values: ReadonlyArray<string | number | null>): string {
  let literal = '{';
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (index > 0) literal += ',';
    if (value === null || value === undefined) literal += 'NULL';
    else if (typeof value === 'number') literal += value;
    // Almost no value holds a quote or backslash: test before copying.
    else literal += SPECIAL.test(value) ? `"${value.replace(SPECIALS, '\\$&')}"` : `"${value}"`;
  }
  return `${literal}}`;
}
