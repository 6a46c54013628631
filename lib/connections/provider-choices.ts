import { PROVIDERS } from '../providers/index.ts';
import type { CredentialField } from '../providers/definition.ts';
import { CAPABILITIES, type Capability, type ProviderKind } from '../providers/types.ts';

export type ProviderChoice = {
  kind: ProviderKind;
  displayName: string;
  defaultBaseUrl: string;
  credentialFields: CredentialField[];
  supported: Capability[];
};

/** What the connection form offers per provider kind (plain data, safe for the browser). */
export function listProviderChoices(): ProviderChoice[] {
  return Object.values(PROVIDERS).map((definition) => ({
    kind: definition.kind,
    displayName: definition.displayName,
    defaultBaseUrl: definition.defaultBaseUrl,
    credentialFields: definition.credentialFields,
    supported: CAPABILITIES.filter((capability) => definition.capabilities[capability].supported),
  }));
}
