import PDFDocument from 'pdfkit';
import { Prisma } from '../db/client.ts';
import { formatMoney } from '../money/format-money.ts';
import { formatLineQuantity, formatUnitPrice } from './format-invoice-figures.ts';
import type { PortalInvoiceDetail } from './invoice-views.ts';

const MARGIN = 50;
const PAGE_WIDTH = 595.28; // A4
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const MUTED = '#555555';
const RULE = '#cccccc';
/** Description, quantity, unit price, amount. */
const COLUMNS = [
  { width: 265, align: 'left' },
  { width: 70, align: 'right' },
  { width: 80, align: 'right' },
  { width: 80, align: 'right' },
] as const;

const STATUS_LABEL: Record<PortalInvoiceDetail['status'], string> = { DRAFT: 'Draft', ISSUED: 'Issued', PAID: 'Paid', VOID: 'Void' };

export type InvoicePdfOptions = {
  /** Uncompressed content streams, so tests can read the text back. */
  compress?: boolean;
};

function day(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone }).format(value);
}

/** A row of the lines table; `wide` lets the first cell take the three text columns (credit notes). */
function row(doc: PDFKit.PDFDocument, cells: string[], options: { bold?: boolean; color?: string; wide?: boolean } = {}): void {
  // Cells are placed side by side at one height, so a row that would cross the page end starts a new page.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
  const top = doc.y;
  let x = MARGIN;
  let bottom = top;
  doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fillColor(options.color ?? 'black');
  const columns = options.wide ? [{ width: COLUMNS[0].width + COLUMNS[1].width + COLUMNS[2].width, align: 'left' as const }, COLUMNS[3]] : COLUMNS;
  columns.forEach(({ width, align }, index) => {
    doc.text(cells[index] ?? '', x, top, { width, align });
    bottom = Math.max(bottom, doc.y);
    x += width;
  });
  doc.x = MARGIN;
  doc.y = bottom + 4;
}

function rule(doc: PDFKit.PDFDocument): void {
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + CONTENT_WIDTH, doc.y).strokeColor(RULE).lineWidth(0.5).stroke();
  doc.y += 6;
}

function totalRow(doc: PDFKit.PDFDocument, label: string, value: string, bold = false): void {
  row(doc, ['', '', label, value], { bold });
}

/**
 * The PDF of a portal invoice: who issues it (the partner), to whom, its number, period,
 * dates, lines, totals with the currency and the credit notes against it. The provider
 * stays out of it: the invoice is the partner's to its customer. Standard PDF fonts cover
 * Western European text (Windows-1252).
 */
export function renderInvoicePdf(invoice: PortalInvoiceDetail, options: InvoicePdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `Invoice ${invoice.number}`, Author: invoice.partnerName, Subject: `Invoice ${invoice.number} for ${invoice.customerName}` },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const money = (amount: string) => formatMoney(amount, invoice.currency);
  const tz = invoice.partnerTimeZone;

  doc.font('Helvetica-Bold').fontSize(18).text(invoice.partnerName);
  doc.moveDown(0.2).font('Helvetica').fontSize(10).fillColor(MUTED).text('Invoice');
  doc.moveDown(1.2);

  const top = doc.y;
  doc.fillColor(MUTED).text('Bill to', MARGIN, top);
  doc.fillColor('black').font('Helvetica-Bold').text(invoice.customerName);
  doc.font('Helvetica').text(invoice.customerEmail);
  const metaX = MARGIN + CONTENT_WIDTH / 2 + 20;
  const meta: Array<[string, string]> = [
    ['Invoice number', invoice.number],
    ['Period', `${day(invoice.periodStart, 'UTC')} – ${day(invoice.periodEnd, 'UTC')}`],
    ['Issued', day(invoice.issuedAt, tz)],
    ['Due', invoice.dueAt ? day(invoice.dueAt, tz) : '—'],
    ['Status', STATUS_LABEL[invoice.status]],
    ['Currency', invoice.currency],
  ];
  meta.forEach(([label, value], index) => {
    const y = top + index * 14;
    doc.fillColor(MUTED).text(label, metaX, y, { width: 90 });
    doc.fillColor('black').text(value, metaX + 90, y, { width: CONTENT_WIDTH / 2 - 110 });
  });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, top + meta.length * 14) + 24;

  row(doc, ['Description', 'Quantity', 'Unit price', 'Amount'], { bold: true, color: MUTED });
  rule(doc);
  if (invoice.lines.length === 0) row(doc, ['No calls or monthly charges in this period.', '', '', money('0')], { color: MUTED });
  for (const line of invoice.lines) {
    row(doc, [line.description, formatLineQuantity(line), formatUnitPrice(line.unitPrice, invoice.currency), money(line.amount)]);
  }
  rule(doc);
  totalRow(doc, 'Subtotal', money(invoice.subtotal));
  totalRow(doc, 'Tax', money(invoice.tax));
  totalRow(doc, `Total (${invoice.currency})`, money(invoice.total), true);

  if (invoice.creditNotes.length > 0) {
    doc.moveDown(1.2).font('Helvetica-Bold').fillColor('black').text('Credit notes applied', MARGIN);
    doc.moveDown(0.4);
    for (const note of invoice.creditNotes) {
      row(doc, [`${note.number} · ${day(note.issuedAt, tz)} · ${note.reason}`, `-${money(note.amount)}`], { wide: true });
    }
    rule(doc);
    const due = Prisma.Decimal.max(new Prisma.Decimal(invoice.remaining), 0).toFixed();
    totalRow(doc, 'Balance due', money(due), true);
  }

  doc.moveDown(2).font('Helvetica').fontSize(8).fillColor(MUTED);
  doc.text(`Calls are billed at ${invoice.partnerName}'s rates for the period; monthly charges as they stood when the invoice was issued.`, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.end();
  return done;
}
