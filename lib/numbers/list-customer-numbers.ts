import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { Prisma } from '../db/client.ts';
import type { Scope } from '../tenancy/scope.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

export type CustomerScope = Extract<Scope, { area: 'customer' }>;

/** A number as the customer's pages and invoices show it; amounts are decimal strings. */
export type CustomerNumber = {
  id: string;
  number: string;
  label: string | null;
  forwardTo: string | null;
  recordedIn: 'PROVIDER' | 'PORTAL';
  monthlyPrice: string | null;
  currency: string | null;
  createdAt: Date;
};

/**
 * The numbers assigned to one customer, whether the provider assigned them or the portal
 * recorded them. From the portal's own records, so it never waits for a provider; a
 * customer's own scope reaches only its own numbers.
 */
export async function listCustomerNumbers(scope: PartnerScope | CustomerScope, customerId: string): Promise<CustomerNumber[]> {
  const rows = await scopedDb(scope).numberAssignment.findMany({ where: { customerId }, select: customerNumberSelect, orderBy: CUSTOMER_NUMBER_ORDER });
  return rows.map(toCustomerNumber);
}

export const customerNumberSelect = {
  id: true,
  number: true,
  label: true,
  forwardTo: true,
  recordedIn: true,
  monthlyPrice: true,
  currency: true,
  createdAt: true,
} satisfies Prisma.NumberAssignmentSelect;

export const CUSTOMER_NUMBER_ORDER = [{ createdAt: 'asc' }, { number: 'asc' }] satisfies Prisma.NumberAssignmentOrderByWithRelationInput[];

export function toCustomerNumber<Row extends Prisma.NumberAssignmentGetPayload<{ select: typeof customerNumberSelect }>>({
  monthlyPrice,
  ...row
}: Row): Omit<Row, 'monthlyPrice'> & { monthlyPrice: string | null } {
  return { ...row, monthlyPrice: monthlyPrice?.toFixed() ?? null };
}
