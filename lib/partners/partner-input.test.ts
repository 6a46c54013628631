import { describe, expect, it } from 'vitest';
import { createPartnerSchema, partnerTimeZones, slugFromName } from './partner-input';

describe('slugFromName', () => {
  it('makes lowercase ASCII words joined by single dashes', () => {
    expect(slugFromName('Café Lumière & Co.')).toBe('cafe-lumiere-co');
    expect(slugFromName('  Northwind   Telecom  ')).toBe('northwind-telecom');
    expect(slugFromName('Ørsted Über')).toBe('rsted-uber');
    expect(slugFromName('東京')).toBe('');
  });

  it('stays within 40 characters without a trailing dash', () => {
    const slug = slugFromName('A very long partner name that goes on and on forever');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('createPartnerSchema', () => {
  const valid = { name: 'Bluewave', slug: '', currency: 'EUR', timeZone: 'Europe/Paris', adminName: 'Bea', adminEmail: 'BEA@Bluewave.test' };

  it('fills a blank slug from the name and lowercases the email', () => {
    expect(createPartnerSchema.parse(valid)).toMatchObject({ slug: 'bluewave', adminEmail: 'bea@bluewave.test' });
  });

  it('keeps an edited slug, lowercased, and refuses one with spaces or double dashes', () => {
    expect(createPartnerSchema.parse({ ...valid, slug: 'Blue-Wave' }).slug).toBe('blue-wave');
    for (const slug of ['blue wave', 'blue--wave', '-blue', 'b']) expect(createPartnerSchema.safeParse({ ...valid, slug }).success).toBe(false);
  });

  it('offers the runtime’s IANA zones plus UTC', () => {
    const zones = partnerTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Paris');
    expect(createPartnerSchema.safeParse({ ...valid, timeZone: 'Europe/Pariss' }).success).toBe(false);
  });
});
