import { describe, expect, it } from 'vitest';
import { formatDateInZone, formatInZone, isValidTimeZone, parseInZone } from './zoned-time.ts';

describe('platform datetimes in a time zone', () => {
  it('writes an instant as the wall clock of the zone', () => {
    const instant = new Date('2026-01-15T12:30:05Z');
    expect(formatInZone(instant, 'UTC')).toBe('2026-01-15 12:30:05');
    expect(formatInZone(instant, 'Asia/Kolkata')).toBe('2026-01-15 18:00:05');
    expect(formatInZone(instant, 'America/New_York')).toBe('2026-01-15 07:30:05');
    expect(formatDateInZone(new Date('2026-01-15T23:30:00Z'), 'Europe/Berlin')).toBe('2026-01-16');
  });

  it('reads wall-clock text back to the same instant, across daylight-saving changes', () => {
    for (const iso of ['2026-03-08T06:59:59Z', '2026-03-08T07:00:00Z', '2026-11-01T04:59:59Z', '2026-11-01T07:00:00Z', '2026-07-01T00:00:00Z']) {
      const instant = new Date(iso);
      for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'UTC']) {
        expect(parseInZone(formatInZone(instant, zone), zone)?.toISOString()).toBe(instant.toISOString());
      }
    }
  });

  it('reads a wall time of the hour a clock repeats as its first occurrence', () => {
    // 01:30 happens twice in New York on 2026-11-01 (EDT, then EST): the text alone cannot tell.
    expect(formatInZone(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01 01:30:00');
    expect(parseInZone('2026-11-01 01:30:00', 'America/New_York')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('reads a date as midnight in the zone', () => {
    expect(parseInZone('2026-02-01', 'Europe/Paris')?.toISOString()).toBe('2026-01-31T23:00:00.000Z');
  });

  it('ignores the zone for text that carries its own offset, as the platform documents', () => {
    expect(parseInZone('2026-02-01 10:00:00+02:00', 'America/New_York')?.toISOString()).toBe('2026-02-01T08:00:00.000Z');
    expect(parseInZone('2026-02-01T10:00:00Z', 'Asia/Tokyo')?.toISOString()).toBe('2026-02-01T10:00:00.000Z');
  });

  it('returns null for text that is not a datetime, and knows real zones from invented ones', () => {
    expect(parseInZone('yesterday', 'UTC')).toBeNull();
    expect(isValidTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
