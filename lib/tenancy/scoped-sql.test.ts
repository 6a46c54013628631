import { describe, expect, it } from 'vitest';
import { TenancyViolation } from './scoped-db.ts';
import { tenantPredicate } from './scoped-sql.ts';
import type { Scope } from './scope.ts';

const partnerA: Scope = { area: 'partner', role: 'PARTNER_STAFF', userId: 'u1', email: 's@a.test', partnerId: 'A' };
const customerA1: Scope = { area: 'customer', role: 'CUSTOMER', userId: 'u2', email: 'c@a.test', partnerId: 'A', customerId: 'C1' };
const platform: Scope = { area: 'platform', role: 'PLATFORM_ADMIN', userId: 'u0', email: 'p@p.test' };

describe('tenantPredicate', () => {
  it('limits a partner to its own rows, with the id as a bound value', () => {
    const predicate = tenantPredicate(partnerA, 'Cdr', 'c');
    expect(predicate.text).toBe('("c"."partnerId" = $1)');
    expect(predicate.values).toEqual(['A']);
  });

  it('limits a customer to their own partner and account', () => {
    const predicate = tenantPredicate(customerA1, 'Cdr', 'c');
    expect(predicate.text).toBe('("c"."partnerId" = $1 AND "c"."customerId" = $2)');
    expect(predicate.values).toEqual(['A', 'C1']);
  });

  it('refuses what the scope may not read, as the Prisma extension does', () => {
    expect(() => tenantPredicate(customerA1, 'PartnerUsageDaily', 'p')).toThrow(TenancyViolation);
    expect(() => tenantPredicate(partnerA, 'EncryptionKey', 'k')).toThrow(TenancyViolation);
  });

  it('lets platform admins read every tenant', () => {
    expect(tenantPredicate(platform, 'Cdr', 'c').text).toBe('TRUE');
  });

  it('rejects an alias that is not a plain identifier', () => {
    expect(() => tenantPredicate(partnerA, 'Cdr', 'c; DROP TABLE x')).toThrow(RangeError);
  });
});
