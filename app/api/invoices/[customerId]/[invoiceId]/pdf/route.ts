import { getScope } from '@/lib/auth/session';
import { InvoicePdfUnavailable } from '@/lib/invoices/invoice-errors';
import { openInvoicePdf } from '@/lib/invoices/open-invoice-pdf';
import { logger } from '@/lib/log/logger';
import { ProviderError } from '@/lib/providers/errors';

export const dynamic = 'force-dynamic';

function message(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * An invoice's PDF, for the staff of the customer's partner or the customer itself; 404
 * for anyone else, so another tenant's ids reveal nothing. A provider failure answers 502
 * with what went wrong (to customers without naming the provider).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ customerId: string; invoiceId: string }> }) {
  const scope = await getScope();
  if (!scope) return message(401, 'Sign in to download invoices.');
  if (scope.area === 'platform') return message(404, 'Invoice not found.');
  const { customerId, invoiceId } = await params;
  try {
    const pdf = await openInvoicePdf(scope, customerId, invoiceId);
    if (!pdf) return message(404, 'Invoice not found.');
    return new Response(pdf.body, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${pdf.filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof InvoicePdfUnavailable) return message(404, error.message);
    if (error instanceof ProviderError) {
      logger.warn({ customerId, invoiceId, provider: error.provider, code: error.code }, 'invoice PDF not available from the provider');
      return message(502, scope.area === 'customer' ? 'This invoice cannot be downloaded right now. Please try again later.' : `The provider could not supply this PDF: ${error.message}`);
    }
    throw error;
  }
}
