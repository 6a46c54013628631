import type { Random } from './seeded-random.ts';

/**
 * The far ends the benchmark's calls reach: 30 countries in their real numbering plans
 * (country code, area codes of big cities, mobile ranges), weighted like a North American
 * reseller's traffic, with the provider's per-minute cost in USD. Numbers are built so
 * libphonenumber-js maps each to its country, as the sync does with real traffic.
 */
export type Range = { prefix: string; digits: number };

export type DiallingPlan = {
  country: string;
  code: string;
  /** Share of outbound calls (relative). */
  weight: number;
  fixed: Range[];
  /** North American numbers have no separate mobile ranges. */
  mobile: Range[];
  /** Provider cost per minute in USD, to fixed lines and to mobiles. */
  fixedCost: string;
  mobileCost: string;
};

const areas = (codes: string[], digits: number): Range[] => codes.map((prefix) => ({ prefix, digits }));

export const DIALLING_PLANS: DiallingPlan[] = [
  { country: 'US', code: '1', weight: 38, fixed: areas(['212', '213', '312', '305', '404', '415', '512', '617', '702', '713', '718', '786', '818', '917', '929', '206', '303', '480', '503', '615'], 7), mobile: [], fixedCost: '0.0045', mobileCost: '0.0045' },
  { country: 'CA', code: '1', weight: 6, fixed: areas(['416', '514', '604', '613', '403', '647', '778', '905'], 7), mobile: [], fixedCost: '0.0055', mobileCost: '0.0055' },
  { country: 'GB', code: '44', weight: 6, fixed: [{ prefix: '207', digits: 7 }, { prefix: '208', digits: 7 }, { prefix: '1614', digits: 6 }, { prefix: '1214', digits: 6 }, { prefix: '1312', digits: 6 }], mobile: areas(['74', '75', '77', '78', '79'], 8), fixedCost: '0.008', mobileCost: '0.018' },
  { country: 'MX', code: '52', weight: 5, fixed: areas(['55', '33', '81'], 8), mobile: areas(['222', '442', '998'], 7), fixedCost: '0.012', mobileCost: '0.02' },
  { country: 'IN', code: '91', weight: 5, fixed: areas(['80', '22', '11'], 8), mobile: areas(['98', '99', '97', '91', '88', '70', '63'], 8), fixedCost: '0.011', mobileCost: '0.011' },
  { country: 'PH', code: '63', weight: 3.5, fixed: areas(['28'], 7), mobile: areas(['917', '918', '905', '926', '939'], 7), fixedCost: '0.12', mobileCost: '0.14' },
  { country: 'DE', code: '49', weight: 3, fixed: areas(['30', '89', '40'], 8), mobile: areas(['151', '160', '170', '176'], 8), fixedCost: '0.009', mobileCost: '0.03' },
  { country: 'FR', code: '33', weight: 3, fixed: areas(['1', '4'], 8), mobile: areas(['6', '7'], 8), fixedCost: '0.008', mobileCost: '0.025' },
  { country: 'DO', code: '1', weight: 2.5, fixed: areas(['809', '829', '849'], 7), mobile: [], fixedCost: '0.09', mobileCost: '0.09' },
  { country: 'ES', code: '34', weight: 2, fixed: areas(['91', '93'], 7), mobile: areas(['6'], 8), fixedCost: '0.009', mobileCost: '0.02' },
  { country: 'IT', code: '39', weight: 2, fixed: areas(['02', '06'], 8), mobile: areas(['3'], 9), fixedCost: '0.009', mobileCost: '0.025' },
  { country: 'BR', code: '55', weight: 2, fixed: areas(['113', '213'], 7), mobile: areas(['119', '219'], 8), fixedCost: '0.014', mobileCost: '0.04' },
  { country: 'CN', code: '86', weight: 2, fixed: areas(['10', '21'], 8), mobile: areas(['138', '139', '186'], 8), fixedCost: '0.009', mobileCost: '0.009' },
  { country: 'CO', code: '57', weight: 1.5, fixed: areas(['601', '604'], 7), mobile: areas(['300', '310', '315', '320'], 7), fixedCost: '0.02', mobileCost: '0.025' },
  { country: 'NG', code: '234', weight: 1.5, fixed: [], mobile: areas(['803', '806', '813', '703', '706', '810'], 7), fixedCost: '0.08', mobileCost: '0.11' },
  { country: 'PK', code: '92', weight: 1.5, fixed: areas(['21', '42'], 8), mobile: areas(['300', '301', '321', '333', '345'], 7), fixedCost: '0.07', mobileCost: '0.075' },
  { country: 'JM', code: '1', weight: 1.2, fixed: areas(['876'], 7), mobile: [], fixedCost: '0.14', mobileCost: '0.14' },
  { country: 'NL', code: '31', weight: 1, fixed: areas(['20', '10'], 7), mobile: areas(['6'], 8), fixedCost: '0.01', mobileCost: '0.04' },
  { country: 'AU', code: '61', weight: 1, fixed: areas(['29', '28', '39'], 7), mobile: areas(['40', '41', '42', '43'], 7), fixedCost: '0.012', mobileCost: '0.03' },
  { country: 'JP', code: '81', weight: 1, fixed: areas(['3', '6'], 8), mobile: areas(['90', '80', '70'], 8), fixedCost: '0.03', mobileCost: '0.06' },
  { country: 'VN', code: '84', weight: 1, fixed: areas(['24', '28'], 8), mobile: areas(['90', '91', '98', '97'], 7), fixedCost: '0.06', mobileCost: '0.07' },
  { country: 'KR', code: '82', weight: 0.8, fixed: areas(['2'], 8), mobile: areas(['10'], 8), fixedCost: '0.02', mobileCost: '0.025' },
  { country: 'PL', code: '48', weight: 0.8, fixed: areas(['22', '12'], 7), mobile: areas(['50', '51', '60', '69', '78'], 7), fixedCost: '0.01', mobileCost: '0.015' },
  { country: 'IE', code: '353', weight: 0.8, fixed: areas(['1'], 7), mobile: areas(['83', '85', '86', '87'], 7), fixedCost: '0.012', mobileCost: '0.03' },
  { country: 'IL', code: '972', weight: 0.8, fixed: areas(['2', '3'], 7), mobile: areas(['50', '52', '54'], 7), fixedCost: '0.012', mobileCost: '0.03' },
  { country: 'AE', code: '971', weight: 0.8, fixed: areas(['4', '2'], 7), mobile: areas(['50', '52', '55'], 7), fixedCost: '0.11', mobileCost: '0.14' },
  { country: 'ZA', code: '27', weight: 0.8, fixed: areas(['11', '21'], 7), mobile: areas(['82', '83', '72', '71'], 7), fixedCost: '0.02', mobileCost: '0.06' },
  { country: 'HT', code: '509', weight: 0.8, fixed: areas(['2'], 7), mobile: areas(['3', '4'], 7), fixedCost: '0.18', mobileCost: '0.22' },
  { country: 'EG', code: '20', weight: 0.7, fixed: areas(['2'], 8), mobile: areas(['10', '11', '12'], 8), fixedCost: '0.09', mobileCost: '0.1' },
  { country: 'BD', code: '880', weight: 0.7, fixed: areas(['2'], 8), mobile: areas(['17', '18', '19', '13'], 8), fixedCost: '0.03', mobileCost: '0.03' },
];

/** Calls to a country the price list does not cover: rated null, as the contract says. */
export const UNPRICED_PLAN: DiallingPlan = { country: 'CU', code: '53', weight: 0, fixed: [], mobile: areas(['5'], 7), fixedCost: '0.9', mobileCost: '0.9' };

/** The generated costs are in USD; the second tenant bills in euros. */
export const EUR_PER_USD = 0.92;

/** Where the two tenants' own numbers (DIDs) are: New York and Paris/Lyon. */
export const US_DID_RANGES: Range[] = ['212', '332', '347', '646', '718', '917', '929'].map((area) => ({ prefix: `+1${area}`, digits: 7 }));
export const FR_DID_RANGES: Range[] = [{ prefix: '+331', digits: 8 }, { prefix: '+334', digits: 8 }];

/** Service numbers with no country (the rollups file them under "ZZ"). */
export const SHORT_CODES = ['411', '611', '311'];

export type FarEnd = { e164: string; country: string; costPerMinute: string };

/** Subscriber numbers never start with 0 or 1, so no range reads as a trunk or service prefix. */
function subscriber(random: Random, digits: number): string {
  return String(random.int(2, 9)) + random.digits(digits - 1);
}

export function farEndNumber(random: Random, plan: DiallingPlan): FarEnd {
  const toMobile = plan.mobile.length > 0 && (plan.fixed.length === 0 || random.next() < 0.6);
  const range = random.pick(toMobile ? plan.mobile : plan.fixed);
  return { e164: `+${plan.code}${range.prefix}${subscriber(random, range.digits)}`, country: plan.country, costPerMinute: toMobile ? plan.mobileCost : plan.fixedCost };
}

/** A number in one of the ranges, "+" and country code included in the prefix (customers' DIDs). */
export function numberInRanges(random: Random, ranges: readonly Range[]): string {
  const range = random.pick(ranges);
  return `${range.prefix}${subscriber(random, range.digits)}`;
}
