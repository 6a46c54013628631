import type { SandboxRequest } from '../sandbox/sandbox-server.ts';
import type { SandboxAccount } from './sandbox-data.ts';
import { pdfFile } from './sandbox-files.ts';
import { amount, day, isResponse, notFound, ok, paginate, parseWindow, timestamp, type CliqtelSandboxEnv, type CliqtelSandboxRoute } from './sandbox-responses.ts';

/** Sandbox routes needing billing:read: invoices (+PDF), credit notes, timeline, orders, wallet. */

function invoicePdf(request: SandboxRequest, a: SandboxAccount) {
  const id = request.params.id!;
  const invoice = a.invoices.find((i) => String(i.id) === id || i.invoice_number === id);
  if (!invoice) return notFound('Invoice');
  if (!invoice.has_pdf) return notFound('Invoice PDF');
  const money = (units: number) => `${amount(units).toFixed(2)} ${a.currency}`;
  const lines = [
    `Billed to: ${a.name} (${a.email}), account ${a.id}`,
    `Period: ${invoice.period}    Issued: ${day(invoice.issuedMs)}    Due: ${day(invoice.dueMs)}`,
    '',
    `Subtotal: ${money(invoice.subtotal)}`,
    `Tax: ${money(invoice.tax)}`,
    `Total: ${money(invoice.total)}`,
    `Status: ${invoice.status}`,
  ];
  return {
    status: 200,
    body: pdfFile(`Cliqtel invoice ${invoice.invoice_number}`, lines),
    contentType: 'application/pdf',
    headers: { 'content-disposition': `inline; filename="${invoice.invoice_number}.pdf"` },
  };
}

/** Invoices issued and paid, credit notes, top-ups and orders as one list, newest first. */
function timeline(a: SandboxAccount) {
  const events = [
    ...a.invoices.filter((i) => i.status !== 'draft').map((i) => ({ key: `inv-${i.id}`, type: 'invoice_issued', description: `Invoice ${i.invoice_number} issued`, amount: i.total, at: i.issuedMs })),
    ...a.invoices.filter((i) => i.status === 'paid').map((i) => ({ key: `pay-${i.id}`, type: 'invoice_paid', description: `Invoice ${i.invoice_number} paid`, amount: i.total, at: i.issuedMs + 86_400_000 })),
    ...a.creditNotes.map((c) => ({ key: `cn-${c.id}`, type: 'credit_note', description: `Credit note ${c.credit_note_number}: ${c.reason}`, amount: c.total, at: c.issuedMs })),
    ...a.transactions.filter((t) => t.type === 'top_up').map((t) => ({ key: `tx-${t.id}`, type: 'top_up', description: t.description, amount: t.amount, at: t.createdMs })),
    ...a.orders.map((o) => ({ key: `ord-${o.id}`, type: 'order', description: `Order ${o.order_number} ${o.status}`, amount: o.total, at: o.createdMs })),
  ];
  return events
    .sort((x, y) => y.at - x.at)
    .map((e) => ({ id: e.key, type: e.type, description: e.description, amount: amount(e.amount), currency: a.currency, occurred_at: timestamp(e.at) }));
}

export function billingRoutes(env: CliqtelSandboxEnv): CliqtelSandboxRoute[] {
  const access = { scope: 'billing:read', limiter: 'reporting' } as const;
  return [
    {
      method: 'GET',
      path: '/v1/portal/invoices',
      access,
      handle: (_request, a) =>
        ok({
          invoices: a.invoices.map((i) => ({
            id: i.id,
            invoice_number: i.invoice_number,
            total: amount(i.total),
            subtotal: amount(i.subtotal),
            tax: amount(i.tax),
            currency: a.currency,
            status: i.status,
            has_pdf: i.has_pdf,
            issued_at: timestamp(i.issuedMs),
            due_at: timestamp(i.dueMs),
          })),
        }),
    },
    { method: 'GET', path: '/v1/portal/invoices/:id/pdf', access, handle: invoicePdf },
    {
      method: 'GET',
      path: '/v1/portal/credit-notes',
      access,
      handle: (_request, a) =>
        ok({
          credit_notes: a.creditNotes.map((c) => ({
            id: c.id,
            credit_note_number: c.credit_note_number,
            invoice_number: c.invoice_number,
            total: amount(c.total),
            currency: a.currency,
            reason: c.reason,
            issued_at: timestamp(c.issuedMs),
          })),
        }),
    },
    { method: 'GET', path: '/v1/portal/billing/timeline', access, handle: (_request, a) => ok({ events: timeline(a) }) },
    {
      method: 'GET',
      path: '/v1/portal/orders',
      access,
      handle: (_request, a) =>
        ok({
          orders: [...a.orders]
            .sort((x, y) => y.createdMs - x.createdMs)
            .map((o) => ({
              id: o.id,
              order_number: o.order_number,
              status: o.status,
              total: amount(o.total),
              currency: a.currency,
              created_at: timestamp(o.createdMs),
              items: o.items.map((item) => ({ ...item, amount: amount(item.amount) })),
            })),
        }),
    },
    { method: 'GET', path: '/v1/wallet/balance', access, handle: (_request, a) => ok({ balance: amount(a.balance), currency: a.currency }) },
    {
      method: 'GET',
      path: '/v1/wallet/transactions',
      access,
      handle: (request, a) => {
        const filtered = request.query.has('from') || request.query.has('to');
        const window = filtered ? parseWindow(request, env.now()) : null;
        if (isResponse(window)) return window;
        const entries = window ? a.transactions.filter((t) => t.createdMs >= window.fromMs && t.createdMs < window.toMs) : a.transactions;
        return paginate(request, entries, (t) => ({
          id: t.id,
          type: t.type,
          amount: amount(t.amount),
          balance_after: amount(t.balanceAfter),
          reference_type: t.reference_type,
          currency: a.currency,
          description: t.description,
          created_at: timestamp(t.createdMs),
        }));
      },
    },
  ];
}
