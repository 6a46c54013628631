import type { ProviderDefinition } from '../definition.ts';
import { BillingPlatformAdapter } from './adapter.ts';
import { BILLING_PLATFORM_CAPABILITIES } from './capabilities.ts';
import { billingPlatformCredentialsSchema, type BillingPlatformCredentials } from './schemas.ts';

export const billingPlatformProvider: ProviderDefinition<BillingPlatformCredentials> = {
  kind: 'BILLING_PLATFORM',
  displayName: 'Billing platform',
  // Self-hosted: the documented placeholder; each partner enters their own server's address.
  defaultBaseUrl: 'http://billing-hostname:3080',
  credentialFields: [
    {
      name: 'apiKey',
      label: 'API key',
      secret: true,
      optional: true,
      help: "Preferred. In the platform, open System / Users, pick a user dedicated to the portal and copy its API Key. The key's reseller decides which clients the portal sees.",
    },
    {
      name: 'login',
      label: 'Login (deprecated)',
      secret: false,
      optional: true,
      help: 'Only if you cannot use an API key: the platform is retiring login-and-password access.',
    },
    { name: 'password', label: 'Password (deprecated)', secret: true, optional: true, help: 'Goes with the login above.' },
  ],
  credentialsSchema: billingPlatformCredentialsSchema,
  capabilities: BILLING_PLATFORM_CAPABILITIES,
  createAdapter: (context) => new BillingPlatformAdapter(context),
};
