import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CapabilityUnavailable, ProviderNotFound, ProviderValidationFailed } from '../errors.ts';
import { CAFE, NORDLICHT, readText, startCliqtelFixture, stopCliqtelFixture, type CliqtelFixture } from './cliqtel-test-fixture.ts';

let fixture: CliqtelFixture;
const JUNE = { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-06-15T00:00:00Z') };
const SPRING = { from: new Date('2026-05-01T00:00:00Z'), to: new Date('2026-06-15T00:00:00Z') };
const DECIMAL = /^-?\d+\.\d{2,4}$/;

beforeEach(async () => {
  fixture = await startCliqtelFixture();
});
afterEach(async () => {
  await stopCliqtelFixture(fixture);
});

const keyIdsOf = (path: string) => fixture.sandbox.requests().filter((r) => r.path === path).map((r) => r.keyId);

describe('Cliqtel adapter: accounts and wallet', () => {
  it("tests the connection with the partner's own key and names its Cliqtel account", async () => {
    const result = await fixture.adapter.testConnection();
    expect(result).toEqual({ ok: true, detail: 'Connected to Cliqtel account Bluewave Voice (api@bluewave-voice.test).' });
    expect(keyIdsOf('/v1/portal/account')).toEqual(['7']);
  });

  it("reads a customer's account with the customer's own key", async () => {
    const account = await fixture.adapter.getAccount(CAFE);
    expect(account).toMatchObject({ providerAccountId: 'CQ-BW-1001', name: 'Café Lumière', email: 'contact@cafe-lumiere.test', country: 'FR', status: 'active', billingModel: 'PREPAID', balance: null });
    expect(account.createdAt).toBeInstanceOf(Date);
    expect((await fixture.adapter.getAccount(NORDLICHT)).creditLimit).toEqual({ amount: '250.00', currency: 'EUR' });
    expect(keyIdsOf('/v1/portal/account')).toEqual(['21', '22']);
  });

  it('refuses a stored key that belongs to a different Cliqtel account', async () => {
    const error = await fixture.adapter.getAccount({ providerAccountId: 'CQ-BW-1001', authToken: NORDLICHT.authToken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).message).toContain('belongs to Cliqtel account CQ-BW-1002');
    expect((error as ProviderValidationFailed).fieldErrors.authToken).toHaveLength(1);
  });

  it('returns the wallet balance as a decimal string in the wallet currency', async () => {
    const balance = await fixture.adapter.getBalance(CAFE);
    expect(balance.balance).toEqual({ amount: '310.25', currency: 'EUR' });
    expect(balance.updatedAt).toBeInstanceOf(Date);
  });

  it('pages the wallet ledger newest first, with the balance after each entry', async () => {
    const first = await fixture.adapter.listTransactions(CAFE, { page: 1, perPage: 5 });
    const second = await fixture.adapter.listTransactions(CAFE, { page: 2, perPage: 5 });
    expect(first.items).toHaveLength(5);
    expect(first).toMatchObject({ page: 1, perPage: 5, hasMore: true });
    expect(first.total).toBeGreaterThan(10);
    expect(first.items[0]!.balanceAfter).toEqual({ amount: '310.25', currency: 'EUR' });
    expect(first.items[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(first.items[4]!.createdAt.getTime());
    expect(first.items.every((t) => DECIMAL.test(t.amount.amount))).toBe(true);
    expect(second.items.map((t) => t.id)).not.toContain(first.items[0]!.id);
  });

  it('filters the wallet ledger by date window', async () => {
    const page = await fixture.adapter.listTransactions(CAFE, { from: JUNE.from, to: JUNE.to, perPage: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((t) => t.createdAt >= JUNE.from && t.createdAt < new Date('2026-06-16T00:00:00Z'))).toBe(true);
  });
});

describe('Cliqtel adapter: numbers', () => {
  it('searches available numbers on the public endpoint without sending any key', async () => {
    const numbers = await fixture.adapter.searchAvailableNumbers({ country: 'gb', type: 'local' });
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => /^\+442079460\d{3}$/.test(n.number) && n.country === 'GB' && n.type === 'local')).toBe(true);
    expect(numbers[0]!.monthlyPrice).toEqual({ amount: '2.00', currency: 'EUR' });
    expect(keyIdsOf('/v1/numbers/search')).toEqual([null]);
    expect(await fixture.adapter.searchAvailableNumbers({ country: 'ZZ' })).toEqual([]);
  });

  it("lists a customer's numbers with their customer, and the partner's own numbers for the connection", async () => {
    const cafe = await fixture.adapter.listNumbers(CAFE, { perPage: 50 });
    expect(cafe.items.length).toBeGreaterThanOrEqual(2);
    expect(cafe.items.every((n) => n.number.startsWith('+33') && n.providerAccountId === 'CQ-BW-1001')).toBe(true);
    expect(cafe.items[0]!.capabilities).toContain('sms');
    expect(cafe.items[0]!.monthlyPrice?.currency).toBe('EUR');
    const partner = await fixture.adapter.listNumbers(null, {});
    expect(partner.items.every((n) => n.providerAccountId === null)).toBe(true);
    expect(partner.items.map((n) => n.id)).not.toEqual(expect.arrayContaining([cafe.items[0]!.id]));
    expect(keyIdsOf('/v1/portal/numbers')).toEqual(['21', '7']);
  });

  it('sets and clears forwarding, and renames a number', async () => {
    const [number] = (await fixture.adapter.listNumbers(CAFE, {})).items;
    await fixture.adapter.setForwarding(CAFE, number!.id, '+33612345678');
    await fixture.adapter.setLabel(CAFE, number!.id, 'Front desk');
    expect(await fixture.adapter.getNumber(CAFE, number!.id)).toMatchObject({ forwardTo: '+33612345678', label: 'Front desk' });
    await fixture.adapter.setForwarding(CAFE, number!.id, null);
    expect(fixture.sandbox.numbers('CQ-BW-1001').find((n) => String(n.id) === number!.id)?.forward_to).toBeNull();
  });

  it('cancels a number at the end of the period', async () => {
    const [number] = (await fixture.adapter.listNumbers(CAFE, {})).items;
    await fixture.adapter.cancelNumber(CAFE, number!.id);
    const after = fixture.sandbox.numbers('CQ-BW-1001').find((n) => String(n.id) === number!.id);
    expect(after).toMatchObject({ status: 'cancelling', cancels_at: '2026-06-30T23:59:59+00:00' });
  });

  it("cannot reach another customer's number with a customer's key", async () => {
    const [theirs] = (await fixture.adapter.listNumbers(NORDLICHT, {})).items;
    await expect(fixture.adapter.setLabel(CAFE, theirs!.id, 'Mine now')).rejects.toBeInstanceOf(ProviderNotFound);
    await expect(fixture.adapter.getNumber(CAFE, theirs!.id)).rejects.toThrow('The number was not found');
  });
});

describe('Cliqtel adapter: usage', () => {
  it('pages billed call records as outbound calls with their cost', async () => {
    const first = await fixture.adapter.listCdrs(CAFE, { ...SPRING, page: 1, perPage: 10 });
    const second = await fixture.adapter.listCdrs(CAFE, { ...SPRING, page: 2, perPage: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.hasMore).toBe(true);
    const call = first.items[0]!;
    expect(call).toMatchObject({ direction: 'outbound', providerAccountId: 'CQ-BW-1001' });
    expect(call.cost?.currency).toBe('EUR');
    expect(call.endedAt!.getTime() - call.startedAt.getTime()).toBe(call.durationSeconds * 1000);
    expect(call.status).toBe(call.billableSeconds > 0 ? 'answered' : 'no-answer');
    expect(call.startedAt >= SPRING.from).toBe(true);
    expect(second.items.map((c) => c.id)).not.toContain(call.id);
  });

  it("lists the partner's own calls on the connection key", async () => {
    const page = await fixture.adapter.listCdrs(null, { ...SPRING, perPage: 5 });
    expect(page.items.every((c) => c.providerAccountId === null)).toBe(true);
    expect(keyIdsOf('/v1/portal/usage/calls')).toEqual(['7']);
  });

  it('summarises a window consistently with its call records', async () => {
    const summary = await fixture.adapter.getUsageSummary(CAFE, JUNE);
    const calls = await fixture.adapter.listCdrs(CAFE, { ...JUNE, perPage: 100 });
    expect(summary.calls).toBe(calls.total);
    expect(summary.charges.currency).toBe('EUR');
    const charged = calls.items.reduce((cents, c) => cents + Math.round(Number(c.cost!.amount) * 100), 0);
    expect(Math.round(Number(summary.charges.amount) * 100)).toBe(charged);
    expect(Number(summary.minutes)).toBeGreaterThan(0);
  });

  it('breaks usage down per day, number, destination and trunk', async () => {
    const summary = await fixture.adapter.getUsageSummary(CAFE, JUNE);
    const daily = await fixture.adapter.getUsageBreakdown(CAFE, 'daily', JUNE);
    expect(daily.map((r) => r.key)).toHaveLength(15);
    expect(daily[0]!.key).toBe('2026-06-01');
    const numbers = (await fixture.adapter.listNumbers(CAFE, {})).items.map((n) => n.number);
    for (const kind of ['did', 'destination', 'trunk', 'daily'] as const) {
      const rows = await fixture.adapter.getUsageBreakdown(CAFE, kind, JUNE);
      expect(rows.reduce((sum, r) => sum + r.calls, 0)).toBe(summary.calls);
      expect(rows.every((r) => r.cost.currency === 'EUR' && /^\d+\.\d+$/.test(r.minutes))).toBe(true);
    }
    expect((await fixture.adapter.getUsageBreakdown(CAFE, 'did', JUNE)).every((r) => numbers.includes(r.key))).toBe(true);
    expect((await fixture.adapter.getUsageBreakdown(CAFE, 'destination', JUNE)).map((r) => r.key)).toContain('FR');
  });

  it('compares this month with last month', async () => {
    const comparison = await fixture.adapter.getUsageComparison(CAFE);
    expect(comparison.thisMonth.cost.currency).toBe('EUR');
    expect(comparison.lastMonth.calls).toBeGreaterThan(comparison.thisMonth.calls);
    expect(typeof comparison.deltaPercent.calls).toBe('number');
  });

  it('exports the window as CSV with one line per call record', async () => {
    const csv = await readText(await fixture.adapter.exportUsage(CAFE, JUNE, 'csv'));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('call_id,start_time,caller_id,destination,duration_seconds,billable_seconds,rate_per_minute,charge,currency,billing_status');
    expect(lines).toHaveLength((await fixture.adapter.getUsageSummary(CAFE, JUNE)).calls + 1);
  });

  it('exports XLSX and PDF as real files', async () => {
    const xlsx = Buffer.from(await new Response(await fixture.adapter.exportUsage(CAFE, JUNE, 'xlsx')).arrayBuffer());
    expect(xlsx.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    expect(xlsx.toString('latin1')).toContain('xl/worksheets/sheet1.xml');
    const pdf = await readText(await fixture.adapter.exportUsage(CAFE, JUNE, 'pdf'), 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });
});

describe('Cliqtel adapter: billing', () => {
  it('lists invoices with their amounts and pages them in the portal', async () => {
    const all = await fixture.adapter.listInvoices(CAFE, { perPage: 50 });
    expect(all.items).toHaveLength(4);
    const paid = all.items.find((i) => i.status === 'paid')!;
    expect(paid.number).toMatch(/^INV-2026-\d{4}$/);
    expect(Number(paid.subtotal!.amount) + Number(paid.tax!.amount)).toBeCloseTo(Number(paid.total.amount), 2);
    const firstTwo = await fixture.adapter.listInvoices(CAFE, { page: 1, perPage: 2 });
    expect(firstTwo).toMatchObject({ page: 1, perPage: 2, total: 4, hasMore: true });
    expect(all.items.find((i) => i.status === 'open')).toBeUndefined();
    expect((await fixture.adapter.listInvoices(NORDLICHT, {})).items.map((i) => i.status)).toContain('open');
  });

  it('downloads an invoice PDF, and reports a draft without one as not found', async () => {
    const invoices = (await fixture.adapter.listInvoices(CAFE, {})).items;
    const issued = invoices.find((i) => i.hasPdf)!;
    const pdf = await readText(await fixture.adapter.getInvoicePdf(CAFE, issued.id), 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain(issued.number);
    const draft = invoices.find((i) => !i.hasPdf)!;
    await expect(fixture.adapter.getInvoicePdf(CAFE, draft.id)).rejects.toThrow('The invoice PDF was not found');
  });

  it('lists credit notes, the billing timeline and orders', async () => {
    const notes = [...(await fixture.adapter.listCreditNotes(CAFE, {})).items, ...(await fixture.adapter.listCreditNotes(NORDLICHT, {})).items];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]!.number).toMatch(/^CN-\d{4}-\d{4}$/);
    const timeline = await fixture.adapter.listBillingTimeline(CAFE);
    expect(timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['invoice_issued', 'order']));
    expect(timeline[0]!.occurredAt.getTime()).toBeGreaterThanOrEqual(timeline[timeline.length - 1]!.occurredAt.getTime());
    const orders = await fixture.adapter.listOrders(CAFE);
    expect(orders[0]).toMatchObject({ status: 'completed', total: { currency: 'EUR' } });
    expect(orders[0]!.items[0]!.description).toMatch(/^Number \+33/);
  });
});

describe('Cliqtel adapter: messaging', () => {
  it('sends an SMS from an SMS-enabled number and debits the wallet', async () => {
    const [from] = await fixture.adapter.listSmsNumbers(CAFE);
    const sms = await fixture.adapter.sendSms(CAFE, { from: from!, to: '+33612345678', body: 'Your table is ready.' });
    expect(sms).toMatchObject({ from, to: '+33612345678', body: 'Your table is ready.', status: 'queued', cost: { amount: '0.04', currency: 'EUR' } });
    expect(fixture.sandbox.smsSent('CQ-BW-1001')).toEqual([expect.objectContaining({ id: Number(sms.id), body: 'Your table is ready.' })]);
    expect(fixture.sandbox.walletBalance('CQ-BW-1001')).toBe('310.2100');
  });

  it('lists and reads SMS messages', async () => {
    const page = await fixture.adapter.listSms(CAFE, { perPage: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.hasMore).toBe(true);
    const one = await fixture.adapter.getSms(CAFE, page.items[0]!.id);
    expect(one).toEqual(page.items[0]);
    expect(one.body).toBeTruthy();
  });

  it('sends WhatsApp templates any time and free text only inside the 24-hour window', async () => {
    const templates = await fixture.adapter.listWhatsAppTemplates(CAFE);
    const approved = templates.find((t) => t.status === 'APPROVED')!;
    const sent = await fixture.adapter.sendWhatsApp(CAFE, { to: '+33698765432', template: approved.name });
    expect(sent.status).toBe('queued');

    const outside = await fixture.adapter.sendWhatsApp(CAFE, { to: '+33698765432', body: 'Hello again' }).catch((e: unknown) => e);
    expect((outside as ProviderValidationFailed).fieldErrors.body?.[0]).toContain('24 hours');

    fixture.sandbox.openWhatsAppWindow('CQ-BW-1001', '+33698765432');
    await fixture.adapter.sendWhatsApp(CAFE, { to: '+33698765432', body: 'Hello again' });
    expect(fixture.sandbox.whatsAppSent('CQ-BW-1001').map((m) => m.type)).toEqual(['template', 'text']);
    const history = await fixture.adapter.listWhatsApp(CAFE, { perPage: 2 });
    expect(history.items[0]).toMatchObject({ type: 'text', body: 'Hello again' });
  });

  it('refuses a WhatsApp message with neither text nor template before sending anything', async () => {
    await expect(fixture.adapter.sendWhatsApp(CAFE, { to: '+33698765432' })).rejects.toBeInstanceOf(ProviderValidationFailed);
    expect(fixture.sandbox.requests()).toHaveLength(0);
  });
});

describe('Cliqtel adapter: what the API does not offer', () => {
  it('refuses undocumented operations with the reason the UI shows', async () => {
    const { adapter } = fixture;
    const refusals = [
      () => adapter.createAccount({ name: 'New', email: 'new@example.test' }),
      () => adapter.listAccounts({}),
      () => adapter.fundAccount(CAFE, { amount: { amount: '10', currency: 'EUR' }, operationId: 'op-1' }),
      () => adapter.setCreditLimit(CAFE, { amount: '10', currency: 'EUR' }),
      () => adapter.assignNumber(CAFE, '1'),
      () => adapter.getRecurringCharges(CAFE),
      () => adapter.getSipRegistration(CAFE),
    ];
    for (const refuse of refusals) await expect(refuse()).rejects.toBeInstanceOf(CapabilityUnavailable);
    await expect(adapter.createAccount({ name: 'New', email: 'new@example.test' })).rejects.toThrow("opened in Cliqtel's portal");
    await expect(adapter.fundAccount(CAFE, { amount: { amount: '10', currency: 'EUR' }, operationId: 'op-1' })).rejects.toThrow('no top-up endpoint');
    expect(Object.entries(adapter.capabilities).filter(([, status]) => !status.supported).map(([name]) => name)).toEqual([
      'accounts.create',
      'accounts.list',
      'wallet.fund',
      'wallet.creditLimit',
      'numbers.assign',
      'billing.recurringCharges',
      'sip.registration',
    ]);
    expect(fixture.sandbox.requests()).toHaveLength(0);
  });

  it('lists the live scope catalog', async () => {
    const scopes = await fixture.adapter.listScopes();
    expect(scopes.map((s) => s.scope)).toEqual(expect.arrayContaining(['account:read', 'sms:write', 'billing:write']));
  });
});
