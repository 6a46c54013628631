// For tests: reads back what renderInvoicePdf wrote with `compress: false`.

/** Windows-1252 bytes that differ from Latin-1 and occur on invoices (Node's decoder drops them). */
const WINDOWS_1252: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—' };

/**
 * The text a PDF shows, for documents written without compression: pdfkit writes each run
 * of the standard fonts as hex codes in Windows-1252 (€ is 0x80), split where it kerns.
 */
export function pdfText(pdf: Buffer): string {
  const decode = (hex: string) => [...Buffer.from(hex, 'hex')].map((byte) => WINDOWS_1252[byte] ?? String.fromCharCode(byte)).join('');
  const runs = pdf.toString('latin1').match(/\[[^\]]*\] TJ/g) ?? [];
  return runs.map((run) => [...run.matchAll(/<([0-9a-f]+)>/gi)].map((match) => decode(match[1]!)).join('')).join('\n');
}
