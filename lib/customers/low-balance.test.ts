import { describe, expect, it } from 'vitest';
import { isLowBalance, type LowBalanceInput } from './low-balance';

const prepaid = (balance: string, extra: Partial<LowBalanceInput> = {}): LowBalanceInput => ({
  balance,
  lowBalanceThreshold: null,
  billingModel: 'PREPAID',
  creditLimit: '0',
  status: 'ACTIVE',
  ...extra,
});

describe('isLowBalance', () => {
  it('flags a prepaid balance below 10 units when no threshold is set', () => {
    expect(isLowBalance(prepaid('9.99999'))).toBe(true);
    expect(isLowBalance(prepaid('10'))).toBe(false);
    expect(isLowBalance(prepaid('-1'))).toBe(true);
  });

  it('uses the customer’s own threshold when set, for either billing model', () => {
    expect(isLowBalance(prepaid('40', { lowBalanceThreshold: '50' }))).toBe(true);
    expect(isLowBalance(prepaid('5', { lowBalanceThreshold: '0' }))).toBe(false);
    expect(isLowBalance(prepaid('-5', { lowBalanceThreshold: '0', billingModel: 'POSTPAID' }))).toBe(true);
  });

  it('flags postpaid when less than a tenth of the credit limit is left, never without a limit', () => {
    expect(isLowBalance(prepaid('-95', { billingModel: 'POSTPAID', creditLimit: '100' }))).toBe(true);
    expect(isLowBalance(prepaid('-85', { billingModel: 'POSTPAID', creditLimit: '100' }))).toBe(false);
    expect(isLowBalance(prepaid('-1000', { billingModel: 'POSTPAID', creditLimit: '0' }))).toBe(false);
  });

  it('never flags a closed account', () => {
    expect(isLowBalance(prepaid('0', { status: 'CLOSED' }))).toBe(false);
  });
});
