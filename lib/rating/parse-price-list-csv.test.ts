import { describe, expect, it } from 'vitest';
import { MOST_CSV_ROWS, parsePriceListCsv } from './parse-price-list-csv';

const HEADER = 'prefix,description,rate_per_minute,billing_increment,minimum_seconds,connection_fee';

describe('parsePriceListCsv', () => {
  it('reads every row of a valid file into entries', () => {
    const result = parsePriceListCsv(`${HEADER}\n44,United Kingdom,0.0200,60,0,0\n+44 7,"United Kingdom, mobile",0.035,6,30,0.01\n`);
    expect(result).toEqual({
      ok: true,
      entries: [
        { prefix: '44', description: 'United Kingdom', ratePerMinute: '0.0200', billingIncrementSeconds: 60, minimumSeconds: 0, connectionFee: '0' },
        { prefix: '447', description: 'United Kingdom, mobile', ratePerMinute: '0.035', billingIncrementSeconds: 6, minimumSeconds: 30, connectionFee: '0.01' },
      ],
    });
  });

  it('accepts a byte-order mark, Windows line ends, blank lines and columns in any order', () => {
    const result = parsePriceListCsv('\ufeffdescription,rate_per_minute,prefix\r\nGermany,0.02,49\r\n\r\nFrance,0.021,33\r\n');
    expect(result.ok && result.entries.map((entry) => entry.prefix)).toEqual(['49', '33']);
  });

  it('fills left-out or blank optional columns with per-minute billing, no minimum and no fee', () => {
    const result = parsePriceListCsv(`${HEADER}\n49,Germany,0.02,,,\n`);
    expect(result).toMatchObject({ ok: true, entries: [{ billingIncrementSeconds: 60, minimumSeconds: 0, connectionFee: '0' }] });
    const short = parsePriceListCsv('prefix,description,rate_per_minute\n49,Germany,0.02\n');
    expect(short).toMatchObject({ ok: true, entries: [{ billingIncrementSeconds: 60, minimumSeconds: 0, connectionFee: '0' }] });
  });

  it('reports each invalid value with its line and column, and returns no entries', () => {
    const result = parsePriceListCsv(`${HEADER}\n44,United Kingdom,0.02,60,0,0\n4x,Bad prefix,0.02,60,0,0\n49,,abc,0,0,-1\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formError).toBe('5 problems in the file; nothing was imported.');
    expect(result.errorCount).toBe(5);
    expect(result.rowErrors.map(({ row, column }) => `${row}:${column}`)).toEqual(['3:prefix', '4:description', '4:rate_per_minute', '4:billing_increment', '4:connection_fee']);
    expect(result.rowErrors[0]!.message).toMatch(/digits only/);
  });

  it('reports a prefix that appears twice, naming the first line', () => {
    const result = parsePriceListCsv(`${HEADER}\n44,United Kingdom,0.02,60,0,0\n+44,UK again,0.03,60,0,0\n`);
    expect(result).toMatchObject({ ok: false, rowErrors: [{ row: 3, column: 'prefix', message: 'Prefix 44 is already on line 2.' }] });
  });

  it('reports a row with the wrong number of values', () => {
    const result = parsePriceListCsv(`${HEADER}\n44,United Kingdom,0.02\n`);
    expect(result).toMatchObject({ ok: false, rowErrors: [{ row: 2, message: 'Expected 6 values, found 3.' }] });
  });

  it('refuses a header with unknown, missing or repeated columns', () => {
    expect(parsePriceListCsv('prefix,rate,description\n44,0.02,UK\n')).toMatchObject({ ok: false, formError: expect.stringMatching(/missing rate_per_minute; unknown rate/) });
    expect(parsePriceListCsv('prefix,prefix,description,rate_per_minute\n')).toMatchObject({ ok: false, formError: expect.stringMatching(/repeated prefix/) });
  });

  it('refuses an empty file and a file without rows', () => {
    expect(parsePriceListCsv('')).toMatchObject({ ok: false, formError: expect.stringMatching(/^The file is empty/) });
    expect(parsePriceListCsv(`${HEADER}\n`)).toMatchObject({ ok: false, formError: 'The file has a header but no price rows.' });
  });

  it('refuses text that is not CSV', () => {
    expect(parsePriceListCsv(`${HEADER}\n44,"United Kingdom,0.02,60,0,0\n`)).toMatchObject({ ok: false, formError: expect.stringMatching(/^The file is not valid CSV/) });
  });

  it('refuses more rows than one import takes', () => {
    const rows = Array.from({ length: MOST_CSV_ROWS + 1 }, (_, index) => `${index + 1},Somewhere,0.01,60,0,0`);
    expect(parsePriceListCsv([HEADER, ...rows].join('\n'))).toMatchObject({ ok: false, formError: expect.stringMatching(/import at most 10,000/) });
  });

  it('reports at most 100 problems but counts them all', () => {
    const rows = Array.from({ length: 150 }, () => 'x,Somewhere,0.01,60,0,0');
    const result = parsePriceListCsv([HEADER, ...rows].join('\n'));
    expect(result).toMatchObject({ ok: false, errorCount: 150 });
    expect(!result.ok && result.rowErrors).toHaveLength(100);
  });
});
