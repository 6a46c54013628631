import { decryptSecretJson } from '../secrets/encrypt-secret.ts';
import { providerDefinition } from '../providers/index.ts';
import { databaseRateBudget } from '../providers/rate-budget/database-rate-budget.ts';
import { CAPABILITIES, type Capability, type CapabilityStatus, type ProviderKind } from '../providers/types.ts';
import { systemDb } from '../db/client.ts';
import { healthStatus, type HealthStatus } from './connection-health.ts';

export const MASKED_SECRET = '••••••••';

export type ConnectionView = {
  id: string;
  kind: ProviderKind;
  providerName: string;
  label: string;
  baseUrl: string;
  /** Secret values never leave the server: a set secret shows as a mask, plain fields as they are. */
  credentials: Array<{ name: string; label: string; secret: boolean; display: string | null }>;
  health: { status: HealthStatus; lastSuccessAt: Date | null; lastErrorAt: Date | null; lastError: string | null };
  rateLimits: Array<{ label: string; calls: number; windowMinutes: number; remaining: number; nextAllowedAt: Date | null }>;
  capabilities: Array<{ capability: Capability } & CapabilityStatus>;
  customerCount: number;
  updatedAt: Date;
};

export type ConnectionRecord = {
  id: string;
  kind: ProviderKind;
  label: string;
  baseUrl: string;
  secretsEnc: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  updatedAt: Date;
  _count: { customers: number };
};

export async function toConnectionView(row: ConnectionRecord): Promise<ConnectionView> {
  const definition = providerDefinition(row.kind);
  const stored = await decryptSecretJson<Record<string, unknown>>(row.secretsEnc).catch(() => ({}) as Record<string, unknown>);
  const budget = databaseRateBudget(systemDb());
  const rateLimits = await Promise.all(
    (definition.rateLimits?.(row.baseUrl) ?? []).map(async ({ key, label, limit }) => {
      const state = await budget.peek(key, limit);
      return { label, calls: limit.calls, windowMinutes: limit.windowMs / 60_000, remaining: state.remaining, nextAllowedAt: state.nextAllowedAt };
    }),
  );
  return {
    id: row.id,
    kind: row.kind,
    providerName: definition.displayName,
    label: row.label,
    baseUrl: row.baseUrl,
    credentials: definition.credentialFields.map((field) => {
      const value = stored[field.name];
      const present = typeof value === 'string' && value.length > 0;
      return { name: field.name, label: field.label, secret: field.secret, display: present ? (field.secret ? MASKED_SECRET : value) : null };
    }),
    health: { status: healthStatus(row), lastSuccessAt: row.lastSuccessAt, lastErrorAt: row.lastErrorAt, lastError: row.lastError },
    rateLimits,
    capabilities: CAPABILITIES.map((capability) => ({ capability, ...definition.capabilities[capability] })),
    customerCount: row._count.customers,
    updatedAt: row.updatedAt,
  };
}

export const connectionRecordSelect = {
  id: true,
  kind: true,
  label: true,
  baseUrl: true,
  secretsEnc: true,
  lastSuccessAt: true,
  lastErrorAt: true,
  lastError: true,
  updatedAt: true,
  _count: { select: { customers: true } },
} as const;
