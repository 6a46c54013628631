import { describe, expect, it } from 'vitest';
import { parseUsagePeriodParams, presetPeriod } from './usage-period';

// 03:00 UTC on 1 March: still 28 February in New York, already 1 March in Paris.
const NOW = new Date('2026-03-01T03:00:00Z');

describe('parseUsagePeriodParams', () => {
  it('counts "this month" and "last month" in the partner’s time zone', () => {
    expect(parseUsagePeriodParams({ period: 'this-month' }, 'America/New_York', NOW).period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(parseUsagePeriodParams({ period: 'this-month' }, 'Europe/Paris', NOW).period).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(parseUsagePeriodParams({ period: 'last-month' }, 'America/New_York', NOW).period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(parseUsagePeriodParams({ period: 'last-month' }, 'Europe/Paris', NOW).period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('ends the "last n days" presets today, today included', () => {
    expect(parseUsagePeriodParams({ period: 'last-7-days' }, 'Europe/Paris', NOW).period).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(parseUsagePeriodParams({ period: 'last-90-days' }, 'Europe/Paris', NOW).period).toEqual({ from: '2025-12-02', to: '2026-03-01' });
  });

  it('defaults to the last 30 days and ignores an unknown preset', () => {
    const expected = { preset: 'last-30-days', period: { from: '2026-01-31', to: '2026-03-01' }, fieldErrors: {} };
    expect(parseUsagePeriodParams({}, 'Europe/Paris', NOW)).toMatchObject(expected);
    expect(parseUsagePeriodParams({ period: 'forever' }, 'Europe/Paris', NOW)).toMatchObject(expected);
  });

  it('takes a custom range and the chosen customer', () => {
    expect(parseUsagePeriodParams({ period: 'custom', from: '2025-12-24', to: '2026-01-02', customer: 'c1' }, 'UTC', NOW)).toMatchObject({
      preset: 'custom',
      period: { from: '2025-12-24', to: '2026-01-02', customerId: 'c1' },
      fieldErrors: {},
    });
    // Dates alone mean a custom range.
    expect(parseUsagePeriodParams({ from: '2026-02-01', to: '2026-02-01' }, 'UTC', NOW).period).toEqual({ from: '2026-02-01', to: '2026-02-01' });
  });

  it('reports custom dates that make no sense next to their field and shows the default period meanwhile', () => {
    const reversed = parseUsagePeriodParams({ period: 'custom', from: '2026-02-10', to: '2026-02-01' }, 'UTC', NOW);
    expect(reversed).toMatchObject({ preset: 'custom', custom: { from: '2026-02-10', to: '2026-02-01' }, period: { from: '2026-01-31', to: '2026-03-01' } });
    expect(reversed.fieldErrors).toEqual({ to: ['The last day must not be before the first.'] });
    expect(parseUsagePeriodParams({ period: 'custom', from: '2026-02-30', to: '' }, 'UTC', NOW).fieldErrors).toEqual({
      from: ['Enter a date as YYYY-MM-DD.'],
      to: ['Choose the last day.'],
    });
    expect(parseUsagePeriodParams({ period: 'custom', from: '2024-01-01', to: '2026-01-01' }, 'UTC', NOW).fieldErrors).toEqual({ to: ['Choose at most 367 days.'] });
  });
});

describe('presetPeriod', () => {
  it('gives last month its own length, leap years included', () => {
    expect(presetPeriod('last-month', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});
