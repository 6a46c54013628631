import type { ProviderDefinition } from '../definition.ts';
import { CliqtelAdapter } from './adapter.ts';
import { cliqtelCapabilities } from './capabilities.ts';
import { cliqtelCredentialsSchema, type CliqtelCredentials } from './schemas.ts';

export type { CliqtelCredentials };
export { cliqtelApiTokenSchema } from './schemas.ts';

/**
 * Cliqtel: one API key per Cliqtel account. The connection holds the partner's own key;
 * each customer's key is stored on the customer (validate it with cliqtelApiTokenSchema).
 */
export const cliqtelProvider: ProviderDefinition<CliqtelCredentials> = {
  kind: 'CLIQTEL',
  displayName: 'Cliqtel',
  defaultBaseUrl: 'https://cliqtel.com/api',
  credentialFields: [
    {
      name: 'apiToken',
      label: 'API key',
      secret: true,
      placeholder: '17|aBcD…',
      help: 'Create it in your Cliqtel portal under API Keys and paste the whole token (number, pipe, secret). It is shown only once.',
    },
  ],
  credentialsSchema: cliqtelCredentialsSchema,
  capabilities: cliqtelCapabilities,
  createAdapter: (context) => new CliqtelAdapter(context),
};
