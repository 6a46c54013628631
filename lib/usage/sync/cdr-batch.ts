import type { CallRecord } from '../../providers/types.ts';
import type { Rater } from '../../rating/rate-call.ts';
import { destinationCountry } from '../destination-country.ts';

/** Who the calls of one sync belong to: the contract between the sync and ingestCalls. */
export type IngestTarget = {
  partnerId: string;
  connectionId: string;
  /** The partner's IANA zone: rollup days are its days. */
  timeZone: string;
  /** The portal's customers at this connection, by their provider account id. */
  customers: Map<string, { customerId: string; currency: string }>;
  /** For calls the provider lists without an account (a customer's own listing). */
  defaultCustomer?: { customerId: string; currency: string };
};

export type CallStatusValue = 'ANSWERED' | 'NO_ANSWER' | 'BUSY' | 'FAILED';

const STATUS: Record<CallRecord['status'], CallStatusValue> = { answered: 'ANSWERED', 'no-answer': 'NO_ANSWER', busy: 'BUSY', failed: 'FAILED' };

/** One array per Cdr column, in the order ingestCalls unnests them. */
export type CdrColumns = {
  providerCallId: string[];
  customerId: string[];
  direction: string[];
  fromNumber: string[];
  toNumber: string[];
  did: Array<string | null>;
  destination: string[];
  destinationCountry: Array<string | null>;
  startedAt: string[];
  durationSeconds: number[];
  billableSeconds: number[];
  status: string[];
  currency: string[];
  cost: string[];
  sellPrice: Array<string | null>;
  ratedPrefix: Array<string | null>;
};

export type CurrencyMismatch = { providerCallId: string; providerAccountId: string | null; callCurrency: string; customerCurrency: string };

export type CdrBatch = {
  columns: CdrColumns;
  rows: number;
  /** Calls of provider accounts the portal has no customer for. */
  unknownAccount: number;
  /** Calls whose cost is not in their customer's currency: a contract violation, never stored. */
  currencyMismatch: number;
  firstMismatch: CurrencyMismatch | null;
};

/** The portal's customer a call belongs to; undefined for an account the portal does not know. */
export function customerOfCall(target: IngestTarget, call: Pick<CallRecord, 'providerAccountId'>): { customerId: string; currency: string } | undefined {
  return call.providerAccountId === null ? target.defaultCustomer : target.customers.get(call.providerAccountId);
}

/** "+44 20 7946 0831" → "442079460831"; an international "00" prefix is dropped too. */
export function numberDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  return number.trimStart().startsWith('00') ? digits.slice(2) : digits;
}

function emptyColumns(): CdrColumns {
  return {
    providerCallId: [],
    customerId: [],
    direction: [],
    fromNumber: [],
    toNumber: [],
    did: [],
    destination: [],
    destinationCountry: [],
    startedAt: [],
    durationSeconds: [],
    billableSeconds: [],
    status: [],
    currency: [],
    cost: [],
    sellPrice: [],
    ratedPrefix: [],
  };
}

/**
 * Maps provider calls to Cdr columns: the customer from the provider account, the far end
 * (digits) and its country, the customer's own number (E.164), and the partner's price from
 * the rater of the customer's currency. Pure and allocation-light: it runs for every call.
 */
export function toCdrBatch(target: IngestTarget, calls: CallRecord[], raters: Map<string, Rater | null>): CdrBatch {
  const columns = emptyColumns();
  let unknownAccount = 0;
  let currencyMismatch = 0;
  let firstMismatch: CurrencyMismatch | null = null;

  for (const call of calls) {
    const customer = customerOfCall(target, call);
    if (!customer) {
      unknownAccount++;
      continue;
    }
    const callCurrency = call.cost?.currency.toUpperCase() ?? customer.currency;
    if (callCurrency !== customer.currency) {
      currencyMismatch++;
      firstMismatch ??= { providerCallId: call.id, providerAccountId: call.providerAccountId, callCurrency, customerCurrency: customer.currency };
      continue;
    }
    const outbound = call.direction === 'outbound';
    const ownDigits = numberDigits(outbound ? call.from : call.to);
    const destination = numberDigits(outbound ? call.to : call.from);
    const status = STATUS[call.status];
    const rated = raters.get(customer.currency)?.rate({ destination, billableSeconds: call.billableSeconds, status }) ?? null;

    columns.providerCallId.push(call.id);
    columns.customerId.push(customer.customerId);
    columns.direction.push(outbound ? 'OUTBOUND' : 'INBOUND');
    columns.fromNumber.push(call.from);
    columns.toNumber.push(call.to);
    columns.did.push(ownDigits ? `+${ownDigits}` : null);
    columns.destination.push(destination);
    columns.destinationCountry.push(destinationCountry(destination));
    columns.startedAt.push(call.startedAt.toISOString());
    columns.durationSeconds.push(call.durationSeconds);
    columns.billableSeconds.push(call.billableSeconds);
    columns.status.push(status);
    columns.currency.push(customer.currency);
    columns.cost.push(call.cost?.amount ?? '0');
    columns.sellPrice.push(rated?.sellPrice ?? null);
    columns.ratedPrefix.push(rated?.ratedPrefix ?? null);
  }
  return { columns, rows: columns.providerCallId.length, unknownAccount, currencyMismatch, firstMismatch };
}
