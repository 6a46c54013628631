import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/client';
import { minutesOf, orderCurrencies, UsageTally } from './usage-figures';
import { percentChange } from './percent-change';
import { dayInZone, listDays } from './calendar-days';

const row = (currency: string, calls: number, seconds: number, sell: string, cost: string) => ({ currency, calls, billableSeconds: BigInt(seconds), sell: new Prisma.Decimal(sell), cost: new Prisma.Decimal(cost) });

describe('UsageTally', () => {
  it('adds money exactly, per currency, with margin = sell − cost', () => {
    const tally = new UsageTally().add(row('USD', 1, 30, '0.1', '0.07')).add(row('USD', 2, 45, '0.2', '0.0700001')).add(row('EUR', 1, 60, '1', '1.5'));
    expect(tally.figures(['USD', 'EUR'], true)).toEqual({
      calls: 4,
      minutes: '2.25',
      money: [
        { currency: 'USD', sell: '0.3', cost: '0.1400001', margin: '0.1599999' },
        { currency: 'EUR', sell: '1', cost: '1.5', margin: '-0.5' },
      ],
    });
  });

  it('leaves cost and margin out for customers', () => {
    expect(new UsageTally().add(row('USD', 1, 60, '2', '1')).figures(['USD'], false).money).toEqual([{ currency: 'USD', sell: '2', cost: null, margin: null }]);
  });

  it('takes a part out of a whole', () => {
    const whole = new UsageTally().add(row('USD', 5, 600, '5', '2'));
    const rest = whole.minus(new UsageTally().add(row('USD', 2, 120, '1.5', '0.5')));
    expect(rest.figures(['USD'], true)).toEqual({ calls: 3, minutes: '8.00', money: [{ currency: 'USD', sell: '3.5', cost: '1.5', margin: '2' }] });
  });
});

describe('helpers', () => {
  it('writes minutes with two decimals, from whole seconds', () => {
    expect(minutesOf(BigInt(0))).toBe('0.00');
    expect(minutesOf(BigInt(59))).toBe('0.98');
    expect(minutesOf(BigInt(90_061))).toBe('1501.02');
  });

  it('puts the partner’s currency first, then the others alphabetically', () => {
    expect(orderCurrencies(['USD', 'EUR', 'GBP', 'EUR'], 'GBP')).toEqual(['GBP', 'EUR', 'USD']);
    expect(orderCurrencies(['USD'], 'EUR')).toEqual(['USD']);
  });

  it('gives a change in percent, or null when there was nothing before', () => {
    expect(percentChange('150', '100')).toBe(50);
    expect(percentChange('0.1', '0.3')).toBe(-66.7);
    expect(percentChange('5', '-10')).toBe(150);
    expect(percentChange(3, 0)).toBeNull();
  });

  it('finds today in a time zone and lists days across a daylight-saving change', () => {
    expect(dayInZone(new Date('2026-03-29T22:30:00Z'), 'Europe/Paris')).toBe('2026-03-30');
    expect(dayInZone(new Date('2026-03-29T22:30:00Z'), 'America/New_York')).toBe('2026-03-29');
    expect(listDays('2026-03-28', '2026-03-31')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(listDays('2026-03-02', '2026-03-01')).toEqual([]);
  });
});
