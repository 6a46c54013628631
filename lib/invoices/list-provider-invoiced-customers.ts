import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { providerInvoicedKinds } from './invoice-source.ts';

export type ProviderInvoicedCustomer = { id: string; name: string; connectionLabel: string };

/**
 * Customers whose provider issues their invoices (read live on each customer's invoice
 * page), optionally matching part of their name; the first `limit` by name and the count.
 */
export async function listProviderInvoicedCustomers(
  scope: PartnerScope,
  options: { search?: string; limit: number },
): Promise<{ items: ProviderInvoicedCustomer[]; total: number }> {
  const where = {
    connection: { kind: { in: providerInvoicedKinds() } },
    name: options.search ? { contains: options.search, mode: 'insensitive' as const } : undefined,
  };
  const db = scopedDb(scope);
  const [rows, total] = await Promise.all([
    db.customer.findMany({ where, select: { id: true, name: true, connection: { select: { label: true } } }, orderBy: { name: 'asc' }, take: options.limit }),
    db.customer.count({ where }),
  ]);
  return { items: rows.map((row) => ({ id: row.id, name: row.name, connectionLabel: row.connection.label })), total };
}
