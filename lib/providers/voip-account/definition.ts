import { z } from 'zod';
import type { ProviderDefinition } from '../definition.ts';
import { VoipAccountAdapter, type VoipAccountCredentials } from './adapter.ts';
import { VOIP_ACCOUNT_CAPABILITIES } from './capabilities.ts';
import { HOURLY_LIMIT, HOURLY_LIMITED_ENDPOINTS, rateBudgetKey, type HourlyLimitedEndpoint } from './schemas.ts';

export type { VoipAccountCredentials } from './adapter.ts';

const LIMITED_CALL_LABELS: Record<HourlyLimitedEndpoint, string> = {
  apikey: 'Customer API key lookups',
  cdr: 'Call record requests',
  info: 'Account info (balance) requests',
  mrc: 'Recurring charge requests',
};

export const voipAccountProvider: ProviderDefinition<VoipAccountCredentials> = {
  kind: 'VOIP_ACCOUNT',
  displayName: 'VoIP account API',
  // The provider's name and address are not public: a placeholder the partner replaces.
  defaultBaseUrl: 'https://api.voip-provider.example',
  credentialFields: [
    {
      name: 'adminApiKey',
      label: 'Administrator API key',
      secret: true,
      help: "The API key of your administrator account at the provider; it adds your customers' sub-accounts. Enter your provider's API address as the base URL.",
    },
  ],
  credentialsSchema: z.object({ adminApiKey: z.string().trim().min(1, 'Enter the administrator API key.') }),
  capabilities: VOIP_ACCOUNT_CAPABILITIES,
  rateLimits: (baseUrl) =>
    HOURLY_LIMITED_ENDPOINTS.map((endpoint) => ({ key: rateBudgetKey(baseUrl, endpoint), label: LIMITED_CALL_LABELS[endpoint], limit: HOURLY_LIMIT })),
  createAdapter: (context) => new VoipAccountAdapter(context),
};
