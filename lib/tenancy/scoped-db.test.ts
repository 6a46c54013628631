import { describe, expect, it } from 'vitest';
import { scopeQueryArgs, TenancyViolation } from './scoped-db.ts';
import type { Scope } from './scope.ts';

const partnerA: Scope = { area: 'partner', role: 'PARTNER_STAFF', userId: 'u1', email: 's@a.test', partnerId: 'A' };
const customerA1: Scope = { area: 'customer', role: 'CUSTOMER', userId: 'u2', email: 'c@a.test', partnerId: 'A', customerId: 'C1' };
const platform: Scope = { area: 'platform', role: 'PLATFORM_ADMIN', userId: 'u0', email: 'p@p.test' };

describe('scopeQueryArgs', () => {
  it('adds the partner to every read filter without dropping the caller’s own filter', () => {
    const args = scopeQueryArgs(partnerA, 'Customer', 'findUnique', { where: { id: 'B1' } });
    expect(args.where).toEqual({ id: 'B1', AND: [{ partnerId: 'A' }] });
  });

  it('keeps existing AND conditions', () => {
    const args = scopeQueryArgs(partnerA, 'Customer', 'findMany', { where: { AND: [{ status: 'ACTIVE' }] } });
    expect(args.where).toEqual({ AND: [{ status: 'ACTIVE' }, { partnerId: 'A' }] });
  });

  it('pins a customer to their own account, so another id cannot be swapped in', () => {
    const args = scopeQueryArgs(customerA1, 'Customer', 'findUnique', { where: { id: 'C2' } });
    expect(args.where).toEqual({ id: 'C2', AND: [{ partnerId: 'A', id: 'C1' }] });
  });

  it('stamps the partner on created rows and refuses a foreign partner id', () => {
    expect(scopeQueryArgs(partnerA, 'AuditEvent', 'create', { data: { action: 'x' } }).data).toEqual({ action: 'x', partnerId: 'A' });
    expect(() => scopeQueryArgs(partnerA, 'AuditEvent', 'create', { data: { action: 'x', partnerId: 'B' } })).toThrow(TenancyViolation);
  });

  it('filters updates and deletes by partner', () => {
    expect(scopeQueryArgs(partnerA, 'Customer', 'updateMany', { where: {}, data: { name: 'n' } }).where).toEqual({ AND: [{ partnerId: 'A' }] });
    expect(scopeQueryArgs(partnerA, 'Customer', 'delete', { where: { id: 'B1' } }).where).toEqual({ id: 'B1', AND: [{ partnerId: 'A' }] });
  });

  it('refuses models and writes outside the caller’s area', () => {
    expect(() => scopeQueryArgs(customerA1, 'ProviderConnection', 'findMany', {})).toThrow(TenancyViolation);
    expect(() => scopeQueryArgs(customerA1, 'Customer', 'update', { where: { id: 'C1' }, data: {} })).toThrow(TenancyViolation);
    expect(() => scopeQueryArgs(partnerA, 'Partner', 'update', { where: { id: 'A' }, data: {} })).toThrow(TenancyViolation);
    const partnerAdmin: Scope = { ...partnerA, role: 'PARTNER_ADMIN' } as Scope;
    expect(scopeQueryArgs(partnerAdmin, 'Partner', 'update', { where: { id: 'B' }, data: {} }).where).toEqual({ id: 'B', AND: [{ id: 'A' }] });
    expect(() => scopeQueryArgs(partnerA, 'LoginThrottle', 'findMany', {})).toThrow(TenancyViolation);
    expect(() => scopeQueryArgs(platform, 'EncryptionKey', 'findMany', {})).toThrow(TenancyViolation);
  });

  it('lets platform admins read across partners', () => {
    expect(scopeQueryArgs(platform, 'Customer', 'findMany', { where: { status: 'ACTIVE' } }).where).toEqual({ status: 'ACTIVE' });
  });
});
