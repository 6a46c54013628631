import type { z } from 'zod';
import type { Outcome, ProviderHttpOptions } from './http/provider-http.ts';
import type { BudgetLimit, RateBudget } from './rate-budget/rate-budget.ts';
import type { CapabilityMap, ProviderAdapter, ProviderKind } from './types.ts';

/** What an adapter is built from: one connection's settings and decrypted credentials. */
export type AdapterContext<Credentials> = {
  connectionId: string;
  baseUrl: string;
  credentials: Credentials;
  rateBudget: RateBudget;
  /** Records the connection's health (last success, last error). */
  onOutcome?: (outcome: Outcome) => void;
  /** Tests tighten timeouts and retries here. */
  http?: Partial<Omit<ProviderHttpOptions, 'provider' | 'baseUrl' | 'connectionKey' | 'secrets'>>;
};

/** A credential input of the connection form; secret ones are write-only in the UI. */
export type CredentialField = { name: string; label: string; secret: boolean; help?: string; placeholder?: string; optional?: boolean };

/**
 * Everything the portal knows about one provider kind. The registry (index.ts) maps each
 * kind to its definition; adding a provider adds a folder and one registry line.
 */
export type ProviderDefinition<Credentials = unknown> = {
  kind: ProviderKind;
  displayName: string;
  /** The real provider's base URL, suggested when a partner adds a connection. */
  defaultBaseUrl: string;
  credentialFields: CredentialField[];
  credentialsSchema: z.ZodType<Credentials>;
  capabilities: CapabilityMap;
  /** Calls the provider limits itself, each with the budget key the adapter draws from (for the health view). */
  rateLimits?: (baseUrl: string) => Array<{ key: string; label: string; limit: BudgetLimit }>;
  createAdapter(context: AdapterContext<Credentials>): ProviderAdapter;
};
