import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/client';
import { amountInMinorUnits, fundingAmountProblems, minorUnitsOf } from './funding-amount';

describe('minorUnitsOf', () => {
  it('knows how finely each currency divides', () => {
    expect(minorUnitsOf('USD')).toBe(2);
    expect(minorUnitsOf('EUR')).toBe(2);
    expect(minorUnitsOf('JPY')).toBe(0);
    expect(minorUnitsOf('KWD')).toBe(3);
  });
});

describe('fundingAmountProblems', () => {
  it('accepts a plain positive decimal in the currency’s minor units', () => {
    expect(fundingAmountProblems('25', 'USD', null)).toEqual([]);
    expect(fundingAmountProblems('25.5', 'USD', null)).toEqual([]);
    expect(fundingAmountProblems('0.01', 'USD', null)).toEqual([]);
    expect(fundingAmountProblems('1.125', 'KWD', null)).toEqual([]);
    expect(fundingAmountProblems('500', 'JPY', null)).toEqual([]);
  });

  it.each([
    ['0', 'USD', /greater than zero/],
    ['0.00', 'USD', /greater than zero/],
    ['-1', 'USD', /as a number/],
    ['1e3', 'USD', /as a number/],
    ['1,000.00', 'USD', /as a number/],
    [' 12', 'USD', /as a number/],
    ['12.', 'USD', /as a number/],
    ['abc', 'USD', /as a number/],
    ['0.001', 'USD', /at most 2 decimals/],
    ['10.5', 'JPY', /JPY amounts have no decimals/],
    ['10000000000000', 'USD', /too large/],
  ])('refuses %j in %s', (amount, currency, message) => {
    expect(fundingAmountProblems(amount, currency, null).join(' ')).toMatch(message);
  });

  it('holds each transfer to the partner’s limit, inclusive', () => {
    const limit = new Prisma.Decimal('250');
    expect(fundingAmountProblems('250.00', 'USD', limit)).toEqual([]);
    expect(fundingAmountProblems('250.01', 'USD', limit)).toEqual(['The most you can transfer at once is $250.00.']);
  });
});

describe('amountInMinorUnits', () => {
  it('writes the amount as the currency does, never through a float', () => {
    expect(amountInMinorUnits('25', 'USD')).toBe('25.00');
    expect(amountInMinorUnits(new Prisma.Decimal('0.1').plus('0.2'), 'USD')).toBe('0.30');
    expect(amountInMinorUnits('1500', 'JPY')).toBe('1500');
  });
});
