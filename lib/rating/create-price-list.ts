import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertPartnerAdmin, type PartnerScope } from '../auth/require-partner-admin.ts';
import { Prisma } from '../db/client.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors.ts';

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const priceListSchema = z.object({
  name: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    z.string('Name the price list, e.g. Standard USD.').min(1, 'Name the price list, e.g. Standard USD.').max(80, 'Use at most 80 characters.'),
  ),
  currency: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    z.string('Enter a three-letter currency code, e.g. USD.').refine((code) => /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code), 'Enter a three-letter currency code, e.g. USD.'),
  ),
});

export type CreatePriceListResult = { ok: true; priceListId: string } | { ok: false; fieldErrors: FieldErrors; formError?: string };

/**
 * A new, empty price list (partner admins only). A partner has at most one per currency:
 * it prices the calls of every customer billed in that currency.
 */
export async function createPriceList(scope: PartnerScope, input: unknown, context: { ip: string | null }): Promise<CreatePriceListResult> {
  assertPartnerAdmin(scope, 'create price lists');
  const parsed = priceListSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { name, currency } = parsed.data;
  const taken = { ok: false as const, fieldErrors: { currency: [`You already have a price list in ${currency}.`] } };
  try {
    return await scopedDb(scope).$transaction(async (tx) => {
      if (await tx.priceList.findFirst({ where: { currency }, select: { id: true } })) return taken;
      const created = await tx.priceList.create({ data: { partnerId: scope.partnerId, name, currency }, select: { id: true } });
      await recordAuditEvent(
        tx,
        { userId: scope.userId, email: scope.email, partnerId: scope.partnerId, ip: context.ip },
        { action: 'price_list.create', entityType: 'PriceList', entityId: created.id, after: { name, currency } },
      );
      return { ok: true as const, priceListId: created.id };
    });
  } catch (error) {
    // Two admins creating the same currency at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return taken;
    throw error;
  }
}
