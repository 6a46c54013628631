import { billingPlatformProvider } from './billing-platform/definition.ts';
import { cliqtelProvider } from './cliqtel/definition.ts';
import type { ProviderDefinition } from './definition.ts';
import type { ProviderKind } from './types.ts';
import { vobizProvider } from './vobiz/definition.ts';
import { voipAccountProvider } from './voip-account/definition.ts';

/** The registry: one line per provider kind. */
export const PROVIDERS: Record<ProviderKind, ProviderDefinition<unknown>> = {
  VOBIZ: vobizProvider as ProviderDefinition<unknown>,
  CLIQTEL: cliqtelProvider as ProviderDefinition<unknown>,
  VOIP_ACCOUNT: voipAccountProvider as ProviderDefinition<unknown>,
  BILLING_PLATFORM: billingPlatformProvider as ProviderDefinition<unknown>,
};

export function providerDefinition(kind: ProviderKind): ProviderDefinition<unknown> {
  return PROVIDERS[kind];
}
