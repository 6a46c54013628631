import { PROVIDERS, providerDefinition } from '../providers/index.ts';
import type { ProviderKind } from '../providers/types.ts';

/**
 * Who issues a customer's invoices: its provider, where the provider's API has them
 * (Cliqtel, the billing platform), otherwise the portal from rated usage (Vobiz, the VoIP
 * account API). The two never overlap, so a customer is never invoiced twice.
 */
export type InvoiceSource = 'provider' | 'portal';

export function invoiceSourceFor(kind: ProviderKind): InvoiceSource {
  return providerDefinition(kind).capabilities['billing.invoices'].supported ? 'provider' : 'portal';
}

/** The provider kinds whose customers the portal invoices. */
export function portalInvoicedKinds(): ProviderKind[] {
  return (Object.keys(PROVIDERS) as ProviderKind[]).filter((kind) => invoiceSourceFor(kind) === 'portal');
}

export function providerInvoicedKinds(): ProviderKind[] {
  return (Object.keys(PROVIDERS) as ProviderKind[]).filter((kind) => invoiceSourceFor(kind) === 'provider');
}
