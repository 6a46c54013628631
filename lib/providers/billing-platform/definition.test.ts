import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../types.ts';
import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import { BillingPlatformAdapter } from './adapter.ts';
import { billingPlatformProvider } from './definition.ts';

describe('billing platform definition', () => {
  it('accepts an API key, or a login with a password, and nothing less', () => {
    const schema = billingPlatformProvider.credentialsSchema;
    expect(schema.safeParse({ apiKey: 'abc123def456' }).success).toBe(true);
    expect(schema.safeParse({ login: 'portal', password: 'pw-123456' }).success).toBe(true);
    expect(schema.safeParse({ login: 'portal' }).success).toBe(false);
    expect(schema.safeParse({ apiKey: '  ' }).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
  });

  it('marks the API key and the password as secret in the connection form', () => {
    const secret = billingPlatformProvider.credentialFields.filter((f) => f.secret).map((f) => f.name);
    expect(secret).toEqual(['apiKey', 'password']);
  });

  it('declares every capability, giving a reason for each one it lacks', () => {
    for (const capability of CAPABILITIES) {
      const status = billingPlatformProvider.capabilities[capability];
      expect(status, capability).toBeDefined();
      if (!status.supported) expect(status.reason.length, capability).toBeGreaterThan(20);
    }
  });

  it('builds an adapter that talks UTC by default', () => {
    const adapter = billingPlatformProvider.createAdapter({ connectionId: 'c1', baseUrl: billingPlatformProvider.defaultBaseUrl, credentials: { apiKey: 'k-123456' }, rateBudget: memoryRateBudget() });
    expect(adapter).toBeInstanceOf(BillingPlatformAdapter);
    expect((adapter as BillingPlatformAdapter).timeZone).toBe('UTC');
    expect(adapter.kind).toBe('BILLING_PLATFORM');
  });
});
