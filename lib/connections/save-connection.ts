import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { providerDefinition } from '../providers/index.ts';
import { decryptSecretJson, encryptSecretJson } from '../secrets/encrypt-secret.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';

export const connectionFormSchema = z.object({
  kind: z.enum(['VOBIZ', 'CLIQTEL', 'VOIP_ACCOUNT', 'BILLING_PLATFORM'], 'Choose a provider.'),
  label: z.string().trim().min(1, 'Enter a name for this connection.').max(60, 'Use at most 60 characters.'),
  baseUrl: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+/, 'Enter the API base URL, starting with https:// (or http:// on a private network).')
    .transform((url) => url.replace(/\/+$/, '')),
  credentials: z.record(z.string(), z.string()).default({}),
});

export type ConnectionFormInput = z.input<typeof connectionFormSchema>;

export type SaveConnectionResult =
  | { ok: true; connectionId: string }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };


/**
 * Creates or updates a provider connection (partner admins only). Credentials are
 * write-only: a blank secret field on edit keeps the stored value. They are validated
 * with the provider's own schema and stored encrypted; the audit log names which
 * credential fields changed, never their values.
 */
export async function saveConnection(
  scope: PartnerScope,
  input: unknown,
  options: { connectionId?: string; ip: string | null },
): Promise<SaveConnectionResult> {
  assertPartnerAdmin(scope, 'manage provider connections');
  const parsed = connectionFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const form = parsed.data;
  const db = scopedDb(scope);

  const existing = options.connectionId
    ? await db.providerConnection.findUnique({ where: { id: options.connectionId }, select: { id: true, kind: true, label: true, baseUrl: true, secretsEnc: true } })
    : null;
  if (options.connectionId && !existing) return { ok: false, fieldErrors: {}, formError: 'This connection no longer exists.' };
  if (existing && existing.kind !== form.kind) return { ok: false, fieldErrors: { kind: ['The provider of a connection cannot change; add a new connection instead.'] } };

  const definition = providerDefinition(form.kind);
  const stored = existing ? await decryptSecretJson<Record<string, string>>(existing.secretsEnc) : {};
  const merged: Record<string, string> = {};
  const changed: string[] = [];
  for (const field of definition.credentialFields) {
    const submitted = form.credentials[field.name]?.trim() ?? '';
    const value = submitted === '' ? stored[field.name] : submitted;
    if (value !== undefined && value !== '') merged[field.name] = value;
    if (submitted !== '' && submitted !== stored[field.name]) changed.push(field.name);
  }
  const credentials = definition.credentialsSchema.safeParse(merged);
  if (!credentials.success) return { ok: false, fieldErrors: fieldErrorsOf(credentials.error, 'credentials.') };

  // Encrypt before the transaction: the key ring may read its table (see lib/secrets).
  const secretsEnc = await encryptSecretJson(merged);
  const summary = { kind: form.kind, label: form.label, baseUrl: form.baseUrl };
  try {
    const connectionId = await db.$transaction(async (tx) => {
      const saved = existing
        ? await tx.providerConnection.update({ where: { id: existing.id }, data: { label: form.label, baseUrl: form.baseUrl, secretsEnc } })
        : await tx.providerConnection.create({ data: { partnerId: scope.partnerId, kind: form.kind, label: form.label, baseUrl: form.baseUrl, secretsEnc } });
      await recordAuditEvent(
        tx,
        { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: options.ip },
        {
          action: existing ? 'connection.update' : 'connection.create',
          entityType: 'ProviderConnection',
          entityId: saved.id,
          before: existing ? { kind: existing.kind, label: existing.label, baseUrl: existing.baseUrl } : null,
          after: { ...summary, credentialFieldsChanged: changed },
        },
      );
      return saved.id;
    });
    return { ok: true, connectionId };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, fieldErrors: { label: ['Another connection already uses this name.'] } };
    }
    throw error;
  }
}
