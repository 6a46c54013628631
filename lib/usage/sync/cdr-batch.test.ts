import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../providers/types';
import { createRater } from '../../rating/rate-call';
import { numberDigits, toCdrBatch, type IngestTarget } from './cdr-batch';

const target: IngestTarget = {
  partnerId: 'partner-1',
  connectionId: 'connection-1',
  timeZone: 'America/New_York',
  customers: new Map([
    ['MA_1', { customerId: 'customer-1', currency: 'USD' }],
    ['MA_2', { customerId: 'customer-2', currency: 'EUR' }],
  ]),
};

const raters = new Map([
  ['USD', createRater({ currency: 'USD', entries: [{ prefix: '44', ratePerMinute: '0.06', billingIncrementSeconds: 60, minimumSeconds: 0, connectionFee: '0' }] })],
  ['EUR', null],
]);

function call(overrides: Partial<CallRecord>): CallRecord {
  return {
    id: 'call-1',
    direction: 'outbound',
    from: '+1 (212) 555-0101',
    to: '+44 20 7946 0831',
    startedAt: new Date('2026-03-01T12:00:00Z'),
    answeredAt: new Date('2026-03-01T12:00:05Z'),
    endedAt: new Date('2026-03-01T12:01:35Z'),
    durationSeconds: 95,
    billableSeconds: 90,
    status: 'answered',
    cost: { amount: '0.0450', currency: 'USD' },
    providerAccountId: 'MA_1',
    ...overrides,
  };
}

describe('toCdrBatch', () => {
  it('keeps the far end as digits with its country, the customer’s own number in E.164, and the partner’s price', () => {
    const { columns, rows } = toCdrBatch(target, [call({})], raters);
    expect(rows).toBe(1);
    expect(columns).toMatchObject({
      providerCallId: ['call-1'],
      customerId: ['customer-1'],
      direction: ['OUTBOUND'],
      fromNumber: ['+1 (212) 555-0101'],
      did: ['+12125550101'],
      destination: ['442079460831'],
      destinationCountry: ['GB'],
      startedAt: ['2026-03-01T12:00:00.000Z'],
      status: ['ANSWERED'],
      currency: ['USD'],
      cost: ['0.0450'],
      // Two started minutes at 0.06.
      sellPrice: ['0.12'],
      ratedPrefix: ['44'],
    });
  });

  it('takes the caller as the far end of an inbound call, and its own number from the called side', () => {
    const { columns } = toCdrBatch(target, [call({ direction: 'inbound', from: '+442079460831', to: '+12125550101', status: 'no-answer', billableSeconds: 0 })], raters);
    expect(columns).toMatchObject({ direction: ['INBOUND'], did: ['+12125550101'], destination: ['442079460831'], status: ['NO_ANSWER'], sellPrice: ['0'] });
  });

  it('leaves a call unrated without a matching prefix or without a price list in its currency', () => {
    const { columns } = toCdrBatch(
      target,
      [call({ id: 'a', to: '+33612345678' }), call({ id: 'b', providerAccountId: 'MA_2', cost: { amount: '0.04', currency: 'EUR' } })],
      raters,
    );
    expect(columns.sellPrice).toEqual([null, null]);
    expect(columns.currency).toEqual(['USD', 'EUR']);
  });

  it('skips calls of unknown accounts and calls in another currency than their customer’s, and names the first mismatch', () => {
    const batch = toCdrBatch(
      target,
      [call({ id: 'x', providerAccountId: 'MA_UNKNOWN' }), call({ id: 'y', cost: { amount: '1', currency: 'eur' } }), call({ id: 'z', providerAccountId: null }), call({ id: 'ok' })],
      raters,
    );
    expect(batch).toMatchObject({ rows: 1, unknownAccount: 2, currencyMismatch: 1, firstMismatch: { providerCallId: 'y', providerAccountId: 'MA_1', callCurrency: 'EUR', customerCurrency: 'USD' } });
    expect(batch.columns.providerCallId).toEqual(['ok']);
  });

  it('gives calls listed without an account to the cursor’s own customer, and a call without a cost costs nothing', () => {
    const own = { ...target, customers: new Map(), defaultCustomer: { customerId: 'customer-9', currency: 'USD' } };
    const { columns } = toCdrBatch(own, [call({ providerAccountId: null, cost: null })], raters);
    expect(columns).toMatchObject({ customerId: ['customer-9'], cost: ['0'] });
  });
});

describe('numberDigits', () => {
  it('drops formatting and an international 00 prefix', () => {
    expect(numberDigits('+49 (30) 1234-567')).toBe('49301234567');
    expect(numberDigits('0049301234567')).toBe('49301234567');
    expect(numberDigits('411')).toBe('411');
  });
});
