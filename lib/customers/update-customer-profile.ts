import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { toDecimal } from '../money/format-money.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { customerProfileSchema, type CustomerProfile } from './customer-profile-schema.ts';
import { fieldErrorsOf } from '../validation/field-errors.ts';

export type UpdateCustomerProfileResult =
  | { ok: true; changed: Array<keyof CustomerProfile> }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };


const PROFILE_FIELDS = ['name', 'email', 'phone', 'country', 'lowBalanceThreshold', 'kycStatus'] as const satisfies ReadonlyArray<keyof CustomerProfile>;

/**
 * Changes the portal's own record of a customer (see customer-profile-schema.ts for why
 * nothing is sent to the provider). Staff and admins may; the audit event names the old
 * and new value of each changed field. Another partner's customer is "no longer exists".
 */
export async function updateCustomerProfile(
  scope: PartnerScope,
  customerId: string,
  input: unknown,
  context: { ip: string | null },
): Promise<UpdateCustomerProfileResult> {
  const parsed = customerProfileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const profile = parsed.data;
  const db = scopedDb(scope);

  return db.$transaction(async (tx) => {
    const existing = await tx.customer.findUnique({
      where: { id: customerId },
      select: { name: true, email: true, phone: true, country: true, lowBalanceThreshold: true, kycStatus: true },
    });
    if (!existing) return { ok: false, fieldErrors: {}, formError: 'This customer no longer exists.' };
    const current: CustomerProfile = { ...existing, lowBalanceThreshold: existing.lowBalanceThreshold?.toFixed() ?? null };
    const same = (field: keyof CustomerProfile) =>
      field === 'lowBalanceThreshold'
        ? (current.lowBalanceThreshold === null) === (profile.lowBalanceThreshold === null) &&
          (current.lowBalanceThreshold === null || toDecimal(current.lowBalanceThreshold).equals(toDecimal(profile.lowBalanceThreshold!)))
        : current[field] === profile[field];
    const changed = PROFILE_FIELDS.filter((field) => !same(field));
    if (changed.length === 0) return { ok: true, changed };

    await tx.customer.update({
      where: { id: customerId },
      data: { ...profile, lowBalanceThreshold: profile.lowBalanceThreshold === null ? null : toDecimal(profile.lowBalanceThreshold) },
    });
    await recordAuditEvent(
      tx,
      { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
      {
        action: 'customer.update_profile',
        entityType: 'Customer',
        entityId: customerId,
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, profile[field]])),
      },
    );
    return { ok: true, changed };
  });
}
