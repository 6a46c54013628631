import { describe, expect, it } from 'vitest';
import { callFilterParams, hasCallFilters, parseCallFilters } from './call-filters.ts';

describe('parseCallFilters', () => {
  it('reads the URL the form makes, leaving blanks out', () => {
    const { filters, fieldErrors } = parseCallFilters({
      from: '2026-03-01',
      fromTime: '08:30',
      to: '2026-03-31',
      toTime: '',
      tz: 'Europe/Paris',
      customerId: 'cmx1',
      did: '+1 (212) 555-0100',
      destination: ' gb ',
      status: 'BUSY',
      minDuration: '60',
      sort: 'billableSeconds',
      dir: 'asc',
      cursor: '',
    });
    expect(fieldErrors).toEqual({});
    expect(filters).toEqual({
      from: '2026-03-01T08:30',
      to: '2026-03-31',
      tz: 'Europe/Paris',
      customerId: 'cmx1',
      did: '+12125550100',
      destination: 'GB',
      status: 'BUSY',
      minDuration: 60,
      sort: 'billableSeconds',
      dir: 'asc',
    });
  });

  it('takes a destination prefix as digits and a DID without its plus', () => {
    expect(parseCallFilters({ destination: '+44 20', did: '12125550100' }).filters).toEqual({ destination: '4420', did: '+12125550100' });
  });

  it('reports each bad field next to it and still applies the good ones', () => {
    const { filters, fieldErrors } = parseCallFilters({ from: '2026-02-30', did: 'abc', destination: 'G', status: 'RINGING', minDuration: '-5', to: '2026-03-01' });
    expect(filters).toEqual({ to: '2026-03-01' });
    expect(Object.keys(fieldErrors).sort()).toEqual(['destination', 'did', 'from', 'minDuration', 'status']);
    expect(fieldErrors.from).toEqual(['Enter a date such as 2026-03-01.']);
  });

  it('refuses an end before the start, on the end field', () => {
    const { filters, fieldErrors } = parseCallFilters({ from: '2026-03-10', to: '2026-03-09' });
    expect(filters).toEqual({ from: '2026-03-10' });
    expect(fieldErrors).toEqual({ to: ['The end must come after the start.'] });
    // A date end covers its whole day, so a start time on that day comes before it.
    expect(parseCallFilters({ from: '2026-03-10T23:00', to: '2026-03-10' }).fieldErrors).toEqual({});
  });

  it('falls back quietly for what the viewer did not type: the zone, the sort and the cursor', () => {
    expect(parseCallFilters({ tz: 'Mars/Olympus', sort: 'cost', dir: 'sideways', cursor: 'x'.repeat(500) })).toEqual({ filters: {}, fieldErrors: {} });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseCallFilters({ status: ['FAILED', 'BUSY'] }).filters).toEqual({ status: 'FAILED' });
  });
});

describe('callFilterParams', () => {
  it('leaves defaults out so links stay short, and round-trips through parsing', () => {
    const filters = { from: '2026-03-01', status: 'ANSWERED' as const, minDuration: 0, sort: 'startedAt' as const, dir: 'desc' as const };
    expect(callFilterParams(filters)).toEqual({ from: '2026-03-01', status: 'ANSWERED', minDuration: '0' });
    expect(parseCallFilters(callFilterParams(filters)).filters).toEqual({ from: '2026-03-01', status: 'ANSWERED', minDuration: 0 });
  });
});

describe('hasCallFilters', () => {
  it('counts what narrows the set, not the order or the page', () => {
    expect(hasCallFilters({ sort: 'billableSeconds', dir: 'asc', cursor: 'abc', tz: 'UTC' })).toBe(false);
    expect(hasCallFilters({ destination: 'GB' })).toBe(true);
  });
});
