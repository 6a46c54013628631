import { Download } from 'lucide-react';
import { buttonVariants, type ButtonVariant } from '@/components/ui/button';

export function invoicePdfHref(customerId: string, invoiceId: string): string {
  return `/api/invoices/${encodeURIComponent(customerId)}/${encodeURIComponent(invoiceId)}/pdf`;
}

/** A plain link, not client navigation: the browser downloads the file the route sends. */
export function InvoicePdfLink({ customerId, invoiceId, number, variant = 'ghost', label = 'PDF' }: { customerId: string; invoiceId: string; number: string; variant?: ButtonVariant; label?: string }) {
  return (
    <a href={invoicePdfHref(customerId, invoiceId)} download className={buttonVariants({ variant, size: 'sm' })} aria-label={`Download invoice ${number} as PDF`}>
      <Download aria-hidden="true" />
      {/* Icon only on phones, where the tables need the room; the aria-label names it. */}
      <span className={label === 'PDF' ? 'hidden sm:inline' : undefined}>{label}</span>
    </a>
  );
}
