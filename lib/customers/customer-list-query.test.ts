import { describe, expect, it } from 'vitest';
import { customerListParams, parseCustomerListParams } from './customer-list-query';

describe('parseCustomerListParams', () => {
  it('reads every filter, the sort and the page from the URL', () => {
    expect(
      parseCustomerListParams({ q: '  acme ', connection: 'c1', status: 'ACTIVE', kyc: 'PENDING', sort: 'balance', dir: 'desc', page: '3' }),
    ).toEqual({ search: 'acme', connectionId: 'c1', status: 'ACTIVE', kycStatus: 'PENDING', sort: 'balance', direction: 'desc', page: 3, pageSize: 25, cursor: undefined });
  });

  it('falls back to defaults for nonsense instead of failing', () => {
    expect(parseCustomerListParams({ q: '', status: 'nope', kyc: 'x', sort: 'evil', dir: 'sideways', page: '-2' })).toEqual({
      search: undefined,
      connectionId: undefined,
      status: undefined,
      kycStatus: undefined,
      sort: 'name',
      direction: 'asc',
      page: 1,
      pageSize: 25,
      cursor: undefined,
    });
    expect(parseCustomerListParams({ page: ['2', '5'], sort: 'created' })).toMatchObject({ page: 2, sort: 'created', direction: 'desc' });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const query = parseCustomerListParams({ q: 'a', sort: 'created', dir: 'asc', status: 'SUSPENDED' });
    expect(customerListParams(query)).toEqual({ q: 'a', connection: undefined, status: 'SUSPENDED', kyc: undefined, sort: 'created', dir: 'asc' });
    expect(customerListParams(parseCustomerListParams({}))).toEqual({ q: undefined, connection: undefined, status: undefined, kyc: undefined, sort: undefined, dir: undefined });
  });
});
