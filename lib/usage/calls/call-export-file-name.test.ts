import { describe, expect, it } from 'vitest';
import { callExportFileName } from './call-export-file-name.ts';

describe('callExportFileName', () => {
  it('names the period, with only characters safe in a header and a file system', () => {
    expect(callExportFileName({ from: '2026-03-01', to: '2026-03-31' }, 'csv')).toBe('calls-2026-03-01-to-2026-03-31.csv');
    expect(callExportFileName({ from: '2026-03-01T08:30' }, 'xlsx')).toBe('calls-2026-03-01T0830.xlsx');
    expect(callExportFileName({}, 'csv')).toBe('calls.csv');
  });
});
