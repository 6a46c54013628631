import { describe, expect, it } from 'vitest';
import { scopeForUser } from './scope-for-user.ts';

const base = { id: 'u', email: 'u@x.test', partnerId: 'P', customerId: null, disabledAt: null, partner: { status: 'ACTIVE' as const } };

describe('scopeForUser', () => {
  it('maps each role to its area', () => {
    expect(scopeForUser({ ...base, role: 'PARTNER_STAFF' })).toMatchObject({ area: 'partner', partnerId: 'P' });
    expect(scopeForUser({ ...base, role: 'CUSTOMER', customerId: 'C' })).toMatchObject({ area: 'customer', customerId: 'C' });
    expect(scopeForUser({ ...base, role: 'PLATFORM_ADMIN', partnerId: null, partner: null })).toMatchObject({ area: 'platform' });
  });

  it('gives no scope to disabled users, suspended partners or incomplete accounts', () => {
    expect(scopeForUser({ ...base, role: 'PARTNER_ADMIN', disabledAt: new Date() })).toBeNull();
    expect(scopeForUser({ ...base, role: 'PARTNER_ADMIN', partner: { status: 'SUSPENDED' } })).toBeNull();
    expect(scopeForUser({ ...base, role: 'CUSTOMER', customerId: null })).toBeNull();
    expect(scopeForUser({ ...base, role: 'PARTNER_STAFF', partnerId: null })).toBeNull();
  });
});
