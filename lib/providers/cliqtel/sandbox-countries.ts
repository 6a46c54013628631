import type { Faker } from '@faker-js/faker';

/**
 * Numbering and prices of the countries the Cliqtel sandbox sells and calls. Number
 * ranges are the fictional/drama ranges where a country has one (GB 020 7946 0xxx and
 * 07700 900xxx, US 555-01xx), so generated numbers never ring a real person.
 * Amounts are in ten-thousandths of the currency unit (0.0190 = 190).
 */
export type NumberType = 'local' | 'mobile' | 'toll_free' | 'national';

type Plan = {
  iso: string;
  name: string;
  dial: string;
  /** Prefix (after "+") and how many random digits follow, per number type sold there. */
  ranges: Partial<Record<NumberType, [prefix: string, digits: number]>>;
  monthly: Partial<Record<NumberType, number>>;
  /** Per-minute rates to landlines and mobiles of this country. */
  fixedRate: number;
  mobileRate: number;
  taxPercent: number;
};

export const COUNTRY_PLANS: Plan[] = [
  {
    iso: 'GB',
    name: 'United Kingdom',
    dial: '44',
    ranges: { local: ['442079460', 3], mobile: ['447700900', 3], toll_free: ['44800', 7], national: ['44330', 7] },
    monthly: { local: 20_000, mobile: 40_000, toll_free: 90_000, national: 25_000 },
    fixedRate: 110,
    mobileRate: 190,
    taxPercent: 20,
  },
  {
    iso: 'FR',
    name: 'France',
    dial: '33',
    ranges: { local: ['331', 8], mobile: ['336', 8], toll_free: ['33800', 6], national: ['339', 8] },
    monthly: { local: 20_000, mobile: 50_000, toll_free: 120_000, national: 25_000 },
    fixedRate: 120,
    mobileRate: 350,
    taxPercent: 20,
  },
  {
    iso: 'DE',
    name: 'Germany',
    dial: '49',
    ranges: { local: ['4930', 8], mobile: ['49151', 8], toll_free: ['49800', 7], national: ['4932', 8] },
    monthly: { local: 15_000, mobile: 60_000, toll_free: 100_000, national: 20_000 },
    fixedRate: 100,
    mobileRate: 190,
    taxPercent: 19,
  },
  {
    iso: 'NL',
    name: 'Netherlands',
    dial: '31',
    ranges: { local: ['3120', 7], mobile: ['316', 8], toll_free: ['31800', 4], national: ['3185', 7] },
    monthly: { local: 15_000, mobile: 45_000, toll_free: 110_000, national: 20_000 },
    fixedRate: 130,
    mobileRate: 420,
    taxPercent: 21,
  },
  {
    iso: 'ES',
    name: 'Spain',
    dial: '34',
    ranges: { local: ['3491', 7], mobile: ['346', 8], toll_free: ['34900', 6] },
    monthly: { local: 15_000, mobile: 50_000, toll_free: 100_000 },
    fixedRate: 110,
    mobileRate: 300,
    taxPercent: 21,
  },
  {
    iso: 'BE',
    name: 'Belgium',
    dial: '32',
    ranges: { local: ['322', 7], mobile: ['32470', 6], toll_free: ['32800', 5] },
    monthly: { local: 20_000, mobile: 55_000, toll_free: 120_000 },
    fixedRate: 140,
    mobileRate: 450,
    taxPercent: 21,
  },
  {
    iso: 'IT',
    name: 'Italy',
    dial: '39',
    ranges: { local: ['3906', 8], mobile: ['393', 9], toll_free: ['39800', 6] },
    monthly: { local: 20_000, mobile: 60_000, toll_free: 130_000 },
    fixedRate: 120,
    mobileRate: 280,
    taxPercent: 22,
  },
  {
    iso: 'US',
    name: 'United States',
    dial: '1',
    ranges: { local: ['141555501', 2], toll_free: ['1800555', 4] },
    monthly: { local: 10_000, toll_free: 30_000 },
    fixedRate: 90,
    mobileRate: 90,
    taxPercent: 0,
  },
];

export function countryPlan(iso: string): Plan | undefined {
  return COUNTRY_PLANS.find((plan) => plan.iso === iso.toUpperCase());
}

export function numberIn(faker: Faker, plan: Plan, type: NumberType): string | null {
  const range = plan.ranges[type];
  return range ? `+${range[0]}${faker.string.numeric({ length: range[1], allowLeadingZeros: true })}` : null;
}

/** A number to call in that country: a mobile where the plan sells mobiles, else a landline. */
export function destinationIn(faker: Faker, plan: Plan): { number: string; rate: number } {
  const mobile = plan.ranges.mobile !== undefined && faker.datatype.boolean();
  return { number: numberIn(faker, plan, mobile ? 'mobile' : 'local')!, rate: mobile ? plan.mobileRate : plan.fixedRate };
}
