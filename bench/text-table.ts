/**
 * A plain-text table for the terminal: the first column left-aligned, the others
 * right-aligned (they hold numbers), columns as wide as their widest cell.
 */
export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (value: number) => value.toFixed(1);
export const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
export const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
