import type { ProviderDefinition } from '../definition.ts';
import { VobizAdapter } from './adapter.ts';
import { vobizCapabilities } from './capabilities.ts';
import { vobizCredentialsSchema, type VobizCredentials } from './schemas.ts';

export type { VobizCredentials } from './schemas.ts';

export const vobizProvider: ProviderDefinition<VobizCredentials> = {
  kind: 'VOBIZ',
  displayName: 'Vobiz',
  defaultBaseUrl: 'https://api.vobiz.ai/api/v1/partner',
  credentialFields: [
    { name: 'authId', label: 'Partner Auth ID', secret: false, placeholder: 'PA_…', help: 'Vobiz Partner Console → Settings → API Keys.' },
    { name: 'authToken', label: 'Partner Auth Token', secret: true, help: 'The partner token, not a customer’s: it is sent as X-Auth-Token.' },
  ],
  credentialsSchema: vobizCredentialsSchema,
  capabilities: vobizCapabilities,
  createAdapter: (context) => new VobizAdapter(context),
};
