import { describe, expect, it } from 'vitest';
import { periodDays, periodInstants } from './rerate-period';

describe('periodInstants', () => {
  it('spans the days from midnight to midnight in the partner’s time zone', () => {
    expect(periodInstants({ from: '2026-03-01', to: '2026-03-31' }, 'America/New_York')).toEqual({
      from: new Date('2026-03-01T05:00:00Z'),
      // New York moves to summer time on 8 March, so April starts at 04:00 UTC.
      to: new Date('2026-04-01T04:00:00Z'),
    });
  });

  it('covers one whole day when the first and last day are the same', () => {
    expect(periodInstants({ from: '2026-03-29', to: '2026-03-29' }, 'Europe/Paris')).toEqual({
      from: new Date('2026-03-28T23:00:00Z'),
      to: new Date('2026-03-29T22:00:00Z'),
    });
  });
});

describe('periodDays', () => {
  it('gives back the days a period was asked for', () => {
    for (const [period, zone] of [
      [{ from: '2026-03-01', to: '2026-03-31' }, 'America/New_York'],
      [{ from: '2026-10-25', to: '2026-10-25' }, 'Europe/Paris'],
      [{ from: '2025-12-31', to: '2026-01-01' }, 'UTC'],
    ] as const) {
      expect(periodDays(periodInstants(period, zone), zone)).toEqual(period);
    }
  });
});
