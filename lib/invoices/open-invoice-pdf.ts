import { providerDefinition } from '../providers/index.ts';
import { ProviderNotFound } from '../providers/errors.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';
import { customerProviderAccess, type HttpOverrides } from '../wallet/customer-provider-account.ts';
import { getPortalInvoice } from './get-portal-invoice.ts';
import { InvoicePdfUnavailable } from './invoice-errors.ts';
import { invoiceSourceFor } from './invoice-source.ts';
import type { InvoiceViewerScope } from './invoice-views.ts';
import { renderInvoicePdf } from './render-invoice-pdf.ts';

export type InvoicePdf = { filename: string; body: ReadableStream<Uint8Array> };

// Someone waits for the download: give up sooner than a background read would.
const INTERACTIVE_PDF_HTTP: HttpOverrides = { timeoutMs: 15_000, retryLimit: 1, backoffLimitMs: 500 };

/** Letters, digits, dot, dash and underscore: safe in a Content-Disposition filename. */
function safeFilePart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'invoice';
}

/**
 * The PDF of one of a customer's invoices: streamed through from the provider where the
 * provider issues the invoices, otherwise generated from the portal invoice. Null when the
 * customer or the invoice is not in the caller's scope (also for another customer's
 * invoice id). Provider failures are thrown as their typed errors; InvoicePdfUnavailable
 * when there can be no PDF.
 */
export async function openInvoicePdf(scope: InvoiceViewerScope, customerId: string, invoiceId: string): Promise<InvoicePdf | null> {
  const customer = await scopedDb(scope).customer.findUnique({
    where: { id: customerId },
    select: { id: true, providerAccountId: true, authTokenEnc: true, connection: { select: { id: true, kind: true, baseUrl: true, secretsEnc: true } } },
  });
  if (!customer) return null;

  if (invoiceSourceFor(customer.connection.kind) === 'portal') {
    const invoice = await getPortalInvoice(scope, invoiceId, customer.id);
    if (!invoice) return null;
    const pdf = await renderInvoicePdf(invoice);
    return { filename: `${safeFilePart(invoice.number)}.pdf`, body: new Response(new Uint8Array(pdf)).body! };
  }

  const capability = providerDefinition(customer.connection.kind).capabilities['billing.invoicePdf'];
  if (!capability.supported) throw new InvoicePdfUnavailable(capability.reason);
  const access = await customerProviderAccess(customer, INTERACTIVE_PDF_HTTP);
  if (!access) throw new InvoicePdfUnavailable('This customer has no account at the provider yet.');
  try {
    // The provider answers only for the account in `ref`, so another account's invoice id is not found.
    const body = await access.adapter.getInvoicePdf(access.ref, invoiceId);
    return { filename: `invoice-${safeFilePart(invoiceId)}.pdf`, body };
  } catch (error) {
    if (error instanceof ProviderNotFound) return null;
    throw error;
  }
}
