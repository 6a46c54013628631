import type { Prisma } from '../db/client.ts';
import { REDACTED_KEYS } from '../log/logger.ts';

export type AuditActor = { userId: string | null; email: string | null; partnerId: string | null; ip: string | null };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

const SECRET_KEYS = new Set<string>(REDACTED_KEYS);

/** Audit summaries must never carry secrets: drop any field that could hold one. */
export function withoutSecrets(summary: Record<string, unknown> | null | undefined): Prisma.InputJsonValue | undefined {
  if (!summary) return undefined;
  const entries = Object.entries(summary).filter(([key]) => !SECRET_KEYS.has(key) && !key.endsWith('Enc'));
  return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Prisma.InputJsonValue;
}

// Structural, so a plain client, a transaction or a tenant-scoped client all qualify.
type AuditWriter = { auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): PromiseLike<unknown> } };

/** Writes one audit event; pass a transaction client to record it atomically with the change. */
export async function recordAuditEvent(db: AuditWriter, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      partnerId: actor.partnerId,
      actorId: actor.userId,
      actorEmail: actor.email,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: withoutSecrets(entry.before),
      after: withoutSecrets(entry.after),
    },
  });
}
