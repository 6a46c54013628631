import { describe, expect, it } from 'vitest';
import { destinationCountry } from './destination-country';

describe('destinationCountry', () => {
  it('maps a calling code that belongs to one country directly', () => {
    expect(destinationCountry('4915112345678')).toBe('DE');
    expect(destinationCountry('919876543210')).toBe('IN');
    expect(destinationCountry('33612345678')).toBe('FR');
  });

  it('tells the countries of a shared code apart by area code and leading digits', () => {
    expect(destinationCountry('12125550123')).toBe('US');
    expect(destinationCountry('14165550123')).toBe('CA');
    expect(destinationCountry('18765550123')).toBe('JM');
    expect(destinationCountry('18095550123')).toBe('DO');
    expect(destinationCountry('442079460831')).toBe('GB');
    expect(destinationCountry('441481234567')).toBe('GG');
    expect(destinationCountry('77271234567')).toBe('KZ');
  });

  it('answers the same for numbers of one area, whichever was seen first, and an invalid number does not decide for its area', () => {
    expect(destinationCountry('16470000000')).toBe('US');
    expect(destinationCountry('16475550000')).toBe('CA');
    expect(destinationCountry('16475559999')).toBe('CA');
    expect(destinationCountry('12135559999')).toBe('US');
  });

  it('has no country for service codes, non-geographic codes and non-numbers', () => {
    expect(destinationCountry('411')).toBeNull();
    expect(destinationCountry('8821234567')).toBeNull();
    expect(destinationCountry('')).toBeNull();
    expect(destinationCountry('1234567890123456')).toBeNull();
  });
});
