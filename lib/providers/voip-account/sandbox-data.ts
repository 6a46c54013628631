import { base, en, Faker } from '@faker-js/faker';

/**
 * Generated data for the VoIP account sandbox: the same seed gives the same accounts,
 * calls and charges on every run. Amounts are kept in integer hundred-thousandths
 * (5 decimals) so no float ever touches them; they become JSON numbers only on the wire.
 */
export const UNITS_PER_CURRENCY_UNIT = 100_000;

export type SandboxCdr = {
  uniqueid: string;
  calldate: number;
  direction: 'inbound' | 'outbound';
  src: string;
  dst: string;
  duration: number;
  billsec: number;
  disposition: 'ANSWERED' | 'NO ANSWER' | 'BUSY' | 'FAILED';
  costUnits: number;
};

export type SandboxRecurringCharge = { service: string; amountUnits: number };

export type SandboxAccountData = {
  password: string;
  apikey: string;
  phone: string;
  ratePerMinuteUnits: number;
  maxChannels: number;
  sip: { uri: string; agent: string };
  recurring: SandboxRecurringCharge[];
  cdrs: SandboxCdr[];
};

export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  return faker;
}

/** Documented example shape: three letters and seven digits ("abc1234567"). */
export function generatePassword(faker: Faker): string {
  return `${faker.string.alpha({ length: 3, casing: 'lower' })}${faker.string.numeric(7)}`;
}

export function generateApiKey(faker: Faker): string {
  return faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' });
}

export function generateUsername(faker: Faker): string {
  return `${faker.number.int({ min: 1, max: 9 })}${faker.string.numeric(9)}`;
}

/** Plausible E.164 numbers: national formats of a few countries, US/Canada otherwise. */
export function e164For(country: string | undefined, faker: Faker): string {
  const digits = (n: number) => faker.string.numeric({ length: n, allowLeadingZeros: true });
  switch (country) {
    case 'GB':
      return faker.datatype.boolean() ? `+4420${faker.helpers.arrayElement(['7', '3', '8'])}${digits(7)}` : `+447${faker.helpers.arrayElement(['4', '5', '7', '8', '9'])}${digits(8)}`;
    case 'DE':
      return faker.datatype.boolean() ? `+4930${digits(8)}` : `+4915${faker.helpers.arrayElement(['1', '2', '7'])}${digits(8)}`;
    case 'FR':
      return `+33${faker.helpers.arrayElement(['1', '6', '7'])}${digits(8)}`;
    case 'IN':
      return `+91${faker.helpers.arrayElement(['9', '8', '7'])}${digits(9)}`;
    default: {
      const area = faker.helpers.arrayElement(['212', '305', '312', '415', '512', '617', '646', '702', '818', '416']);
      return `+1${area}${faker.number.int({ min: 2, max: 9 })}${digits(2)}${digits(4)}`;
    }
  }
}

const USER_AGENTS = ['Zoiper rv2.8.97/', 'Yealink SIP-T46U 108.86.0.45', 'Grandstream GXP2170 1.0.11.23', 'Linphone/5.2.0 (belle-sip/5.2.0)', 'MicroSIP/3.21.3'];
/** Two months of calls, so last month is complete whatever today's date. */
const CDR_DAYS = 60;

/** One account's world, seeded by the sandbox seed and the account's position. */
export function generateAccountData(options: {
  seed: number;
  username: string;
  country?: string;
  phone?: string;
  /** Unix seconds: the newest call is shortly before this. */
  anchor: number;
}): SandboxAccountData {
  const faker = seededFaker(options.seed);
  const phone = options.phone ?? e164For(options.country, faker);
  const ratePerMinuteUnits = faker.helpers.arrayElement([900, 1200, 1450, 1900, 2500]);
  const registered = faker.number.float() < 0.75;
  const sip = registered
    ? { uri: `sip:${options.username}@192.0.2.${faker.number.int({ min: 2, max: 254 })}:5060`, agent: faker.helpers.arrayElement(USER_AGENTS) }
    : { uri: '', agent: '' };
  const dids = [phone, ...Array.from({ length: faker.number.int({ min: 0, max: 2 }) }, () => e164For(options.country, faker))];
  const recurring: SandboxRecurringCharge[] = [
    ...dids.map((did) => ({ service: `DID ${did}`, amountUnits: 150_000 })),
    { service: 'Voicemail', amountUnits: 199_000 },
    ...(faker.datatype.boolean() ? [{ service: 'Call recording', amountUnits: 499_000 }] : []),
  ];
  return {
    password: generatePassword(faker),
    apikey: generateApiKey(faker),
    phone,
    ratePerMinuteUnits,
    maxChannels: faker.number.int({ min: 2, max: 8 }),
    sip,
    recurring,
    cdrs: generateCdrs(faker, { ...options, phone, ratePerMinuteUnits }),
  };
}

function generateCdrs(faker: Faker, account: { country?: string; phone: string; anchor: number; ratePerMinuteUnits: number }): SandboxCdr[] {
  const offsets: number[] = [];
  for (let day = 0; day < CDR_DAYS; day++) {
    const calls = faker.number.int({ min: 3, max: 12 });
    for (let i = 0; i < calls; i++) offsets.push(day * 86_400 + faker.number.int({ min: 60, max: 86_399 }));
  }
  offsets.sort((a, b) => b - a);
  return offsets.map((offset, index) => {
    const calldate = account.anchor - offset;
    const direction = faker.number.float() < 0.7 ? 'outbound' : 'inbound';
    const disposition = faker.helpers.weightedArrayElement([
      { weight: 76, value: 'ANSWERED' as const },
      { weight: 12, value: 'NO ANSWER' as const },
      { weight: 7, value: 'BUSY' as const },
      { weight: 5, value: 'FAILED' as const },
    ]);
    const ringSeconds = disposition === 'FAILED' ? 0 : faker.number.int({ min: 2, max: disposition === 'NO ANSWER' ? 45 : 20 });
    // Most calls are short, a few run long: log-uniform between 5 s and 40 min.
    const billsec = disposition === 'ANSWERED' ? Math.round(Math.exp(faker.number.float({ min: Math.log(5), max: Math.log(2400) }))) : 0;
    const other = faker.number.float() < 0.85 ? e164For(account.country, faker) : e164For(faker.helpers.arrayElement(['GB', 'DE', 'FR', 'IN']), faker);
    // Outbound calls bill in 6-second increments; inbound calls are free on this plan.
    const billedSeconds = direction === 'outbound' ? Math.ceil(billsec / 6) * 6 : 0;
    return {
      uniqueid: `${calldate}.${index + 1}`,
      calldate,
      direction,
      src: direction === 'outbound' ? account.phone : other,
      dst: direction === 'outbound' ? other : account.phone,
      duration: ringSeconds + billsec,
      billsec,
      disposition,
      costUnits: Math.round((billedSeconds * account.ratePerMinuteUnits) / 60),
    };
  });
}

/** "12.34000" → 1234000 without parsing through a float. */
export function decimalToUnits(amount: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,5}))?$/.exec(amount.trim());
  if (!match) throw new Error(`Not a decimal amount with at most 5 places: ${amount}`);
  const units = Number(match[2]) * UNITS_PER_CURRENCY_UNIT + Number((match[3] ?? '').padEnd(5, '0'));
  return match[1] ? -units : units;
}

/** Integer units to the exact decimal string, e.g. 1234000 → "12.34000". */
export function unitsToDecimal(units: number): string {
  const abs = Math.abs(units);
  const fraction = String(abs % UNITS_PER_CURRENCY_UNIT).padStart(5, '0');
  return `${units < 0 ? '-' : ''}${Math.floor(abs / UNITS_PER_CURRENCY_UNIT)}.${fraction}`;
}

/** Integer units to the JSON number the provider sends (e.g. 1234000 → 12.34). */
export function unitsToJsonNumber(units: number): number {
  return units / UNITS_PER_CURRENCY_UNIT;
}
