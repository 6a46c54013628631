import { z } from 'zod';
import type { Prisma } from '../db/client.ts';
import type { Page } from '../providers/types.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { invoiceMonthSchema, invoicePeriod } from './invoice-month.ts';
import type { InvoiceViewerScope, PortalInvoiceSummary } from './invoice-views.ts';
import { portalInvoiceSummarySelect, toPortalInvoiceSummary } from './portal-invoice-summary.ts';

export const PORTAL_INVOICES_PER_PAGE = 25;

/** The list's search parameters; anything unusable is dropped rather than refused. */
export const portalInvoiceFiltersSchema = z.object({
  customerId: z.string().trim().min(1).optional().catch(undefined),
  /** Part of the customer's name. */
  customer: z.string().trim().min(1).max(100).optional().catch(undefined),
  status: z.enum(['DRAFT', 'ISSUED', 'PAID', 'VOID']).optional().catch(undefined),
  month: invoiceMonthSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type PortalInvoiceFilters = z.infer<typeof portalInvoiceFiltersSchema>;

/** A page whose total is always counted. */
export type CountedPage<T> = Page<T> & { total: number };

/** Portal invoices the caller may see (a partner's, or a customer's own), newest month first. */
export async function listPortalInvoices(scope: InvoiceViewerScope, filters: Partial<PortalInvoiceFilters>, perPage = PORTAL_INVOICES_PER_PAGE): Promise<CountedPage<PortalInvoiceSummary>> {
  const page = filters.page ?? 1;
  const where: Prisma.InvoiceWhereInput = {
    customerId: filters.customerId,
    status: filters.status,
    periodStart: filters.month ? invoicePeriod(filters.month).periodStart : undefined,
    customer: filters.customer ? { name: { contains: filters.customer, mode: 'insensitive' } } : undefined,
  };
  const db = scopedDb(scope);
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      select: portalInvoiceSummarySelect,
      orderBy: [{ periodStart: 'desc' }, { number: 'desc' }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db.invoice.count({ where }),
  ]);
  return { items: rows.map(toPortalInvoiceSummary), page, perPage, total, hasMore: page * perPage < total };
}
