import { describe, expect, it } from 'vitest';
import { callStatusOf, toWalletTransaction } from './map-vobiz-records.ts';
import { formatUnits, toUnits, unitsFromNumber } from './sandbox-money.ts';
import { cdrListSchema, createdAccountSchema, decimalFromNumber, phoneNumberListSchema, transactionListSchema, transferResultSchema, walletCurrencyForCountry } from './schemas.ts';

/** The documented examples must parse: they are the contract the sandbox imitates. */
describe('Vobiz schemas against the documented examples', () => {
  it('reads the create response, whose balance is a JSON number', () => {
    const created = createdAccountSchema.parse({ auth_id: 'MA_XXXXXXXX', auth_token: 'tok', name: 'John Doe', email: 'john@example.com', status: 'active', balance: 0.0, currency: 'INR', country: 'IN', created_at: '2026-03-25T10:00:00Z' });
    expect(created.balance).toBe('0.00000');
    expect(created.created_at.toISOString()).toBe('2026-03-25T10:00:00.000Z');
  });

  it('reads a transfer result whether balances come as numbers or 5-decimal strings', () => {
    const base = { transaction_id: 'txn_aabbccdd1234', from_account: 'PA_XXXXXXXX', to_account: 'MA_XXXXXXXX', amount: 500, currency: 'INR', description: 'April recharge', status: 'completed', timestamp: '2026-03-25T11:00:00Z' };
    expect(transferResultSchema.parse({ ...base, partner_balance_after: 47750, customer_balance_after: 2950 })).toMatchObject({ amount: '500.00000', partner_balance_after: '47750.00000', customer_balance_after: '2950.00000' });
    expect(transferResultSchema.parse({ ...base, partner_balance_after: '47750.00000', customer_balance_after: '2950.12345' }).customer_balance_after).toBe('2950.12345');
  });

  it('reads the ledger example with its summary and microsecond timestamps', () => {
    const list = transactionListSchema.parse({
      transactions: [{ id: 'aabbccdd-1234', account_id: 'MA_XXXXXXXX', type: 'credit', amount: 200, currency: 'INR', description: 'Transfer from partner Acme: Balance transfer', reference: 'ptc:1:MA_XXXXXXXX:1778140310', status: 'completed', created_at: '2026-05-06T07:12:40.437143+00:00' }],
      summary: { total_transactions: 1 },
      total: 1,
      page: 1,
      per_page: 20,
      total_pages: 1,
    });
    expect(list.transactions[0]!.created_at.toISOString()).toBe('2026-05-06T07:12:40.437Z');
  });

  it('reads the numbers example with per-channel capability flags', () => {
    const list = phoneNumberListSchema.parse({
      items: [{ id: 'n1', account_id: 'MA_XXXXXXXX', e164: '+918012345678', status: 'active', capabilities: { voice: true, sms: false, mms: false, fax: false }, setup_fee: 100, monthly_fee: 300, currency: 'INR', application_id: '20577609616603585', last_billing_date: '2026-03-25T06:58:38Z' }],
      page: 1,
      per_page: 20,
      total: 1,
      account_auth_id: 'MA_XXXXXXXX',
    });
    expect(list.items[0]).toMatchObject({ monthly_fee: '300.00000', capabilities: { voice: true } });
  });

  it('reads the CDR example, where costs are fractional JSON numbers', () => {
    const list = cdrListSchema.parse({
      success: true,
      account_id: 'MA_XXXXXXXX',
      account_auth_id: 'MA_XXXXXXXX',
      count: 1,
      data: [{ uuid: 'u1', id: 18600001, account_id: 'MA_XXXXXXXX', call_direction: 'outbound', caller_id_number: '+918012345678', destination_number: '+919876543210', start_time: '2026-03-25T06:59:26Z', answer_time: '2026-03-25T06:59:31Z', end_time: '2026-03-25T06:59:32Z', duration: 6, billsec: 1, cost: 0.3, total_cost: 0.3, currency: 'INR', hangup_cause: 'NORMAL_CLEARING', hangup_cause_code: 4000, mos: 4.5 }],
    });
    expect(list.data[0]!.total_cost).toBe('0.30000');
  });
});

describe('Vobiz decimal and status rules', () => {
  it('turns JSON numbers into decimal strings without arithmetic', () => {
    expect(decimalFromNumber(0.3)).toBe('0.30000');
    expect(decimalFromNumber(187.005)).toBe('187.00500');
    expect(decimalFromNumber(1.1234567)).toBe('1.1234567');
    expect(decimalFromNumber(1e-7)).toBe('0.00000');
  });

  it('keeps sandbox money exact to 5 decimals', () => {
    expect(formatUnits(toUnits('0.1') + toUnits('0.2'))).toBe('0.30000');
    expect(formatUnits(toUnits('-3.5'))).toBe('-3.50000');
    expect(unitsFromNumber(10.12345)).toBe(1_012_345n);
    expect(unitsFromNumber(10.123456)).toBeNull();
  });

  it('derives the wallet currency from the country, USD when unknown', () => {
    expect(['IN', 'us', 'GB', 'FR', 'BR', null].map(walletCurrencyForCountry)).toEqual(['INR', 'USD', 'GBP', 'EUR', 'USD', 'USD']);
  });

  it('derives a call status from answer time and hangup cause', () => {
    expect(callStatusOf({ answer_time: new Date(), hangup_cause: 'NORMAL_CLEARING' })).toBe('answered');
    expect(callStatusOf({ answer_time: null, hangup_cause: 'USER_BUSY' })).toBe('busy');
    expect(callStatusOf({ answer_time: null, hangup_cause: 'ORIGINATOR_CANCEL' })).toBe('no-answer');
    expect(callStatusOf({ answer_time: null, hangup_cause: 'UNALLOCATED_NUMBER' })).toBe('failed');
  });

  it('signs debits so a statement sums to the balance', () => {
    const entry = { id: 't1', type: 'debit', amount: '12.50000', currency: 'INR', created_at: new Date() };
    expect(toWalletTransaction(entry).amount).toEqual({ amount: '-12.50000', currency: 'INR' });
    expect(toWalletTransaction({ ...entry, type: 'credit' }).amount.amount).toBe('12.50000');
  });
});
