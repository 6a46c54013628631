import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapabilityUnavailable, ProviderNotFound, ProviderValidationFailed } from '../errors.ts';
import { CAPABILITIES } from '../types.ts';
import { adapterFor, readAll, TEST_SEED } from './test-fixture.ts';
import { startBillingPlatformSandbox, type BillingPlatformSandbox } from './sandbox.ts';

const DAY_MS = 86_400_000;
let sandbox: BillingPlatformSandbox;

beforeAll(async () => {
  sandbox = await startBillingPlatformSandbox({ port: 0, seed: TEST_SEED });
});
afterAll(async () => {
  await sandbox.close();
});

const cafe = { providerAccountId: '1001' };
const nordlicht = { providerAccountId: '1002' };
const harbor = { providerAccountId: '1003' };

describe('billing platform adapter: clients', () => {
  it('tests the connection by counting the clients the key can see', async () => {
    await expect(adapterFor(sandbox).testConnection()).resolves.toEqual({ ok: true, detail: 'Connected; 3 clients visible to this API user.' });
  });

  it('lists the seeded clients with their balances and credit limits, page by page', async () => {
    const adapter = adapterFor(sandbox);
    const first = await adapter.listAccounts({ page: 1, perPage: 2 });
    expect(first).toMatchObject({ page: 1, perPage: 2, total: 3, hasMore: true });
    expect(first.items.map((a) => a.providerAccountId)).toEqual(['1001', '1002']);
    const second = await adapter.listAccounts({ page: 2, perPage: 2 });
    expect(second.items.map((a) => a.name)).toEqual(['Harbor Logistics']);
    expect(second.hasMore).toBe(false);
    expect(second.items[0]).toMatchObject({ billingModel: 'POSTPAID', balance: { amount: '-42.5', currency: 'EUR' }, creditLimit: { amount: '500', currency: 'EUR' } });
  });

  it('searches clients by name', async () => {
    const page = await adapterFor(sandbox).listAccounts({ search: 'nordlicht' });
    expect(page.items.map((a) => a.providerAccountId)).toEqual(['1002']);
  });

  it('reads a client as a provider account with UTC instants', async () => {
    const account = await adapterFor(sandbox).getAccount(cafe);
    expect(account).toMatchObject({ providerAccountId: '1001', name: 'Café Lumière', email: 'contact@cafe-lumiere.test', country: 'FR', status: 'active', billingModel: 'PREPAID' });
    expect(account.balance).toEqual({ amount: '310.25', currency: 'EUR' });
    expect(account.createdAt).toBeInstanceOf(Date);
    expect(account.createdAt!.getTime()).toBeLessThan(Date.now());
  });

  it('reports the balance with what the credit limit still allows', async () => {
    const balance = await adapterFor(sandbox).getBalance(harbor);
    expect(balance).toEqual({
      balance: { amount: '-42.5', currency: 'EUR' },
      available: { amount: '457.5', currency: 'EUR' },
      creditLimit: { amount: '500', currency: 'EUR' },
      updatedAt: null,
    });
  });

  it('creates a client in the reseller currency, without an API credential of its own', async () => {
    const adapter = adapterFor(sandbox);
    const created = await adapter.createAccount({ name: 'Orbit Dental', email: 'desk@orbit-dental.test', phone: '+33155550199', country: 'fr', extra: { billingModel: 'POSTPAID' } });
    expect(created.authToken).toBeNull();
    expect(created.account).toMatchObject({ name: 'Orbit Dental', country: 'FR', billingModel: 'POSTPAID', balance: { amount: '0', currency: 'EUR' } });
    await expect(adapter.getAccount(created.account)).resolves.toMatchObject({ email: 'desk@orbit-dental.test' });
  });

  it('turns the platform’s invalid-params error into field errors', async () => {
    const error = await adapterFor(sandbox)
      .createAccount({ name: 'No Mail Ltd', email: 'not-an-email' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).fieldErrors).toHaveProperty('email');
  });

  it('refuses a second client with the same e-mail address', async () => {
    const error = await adapterFor(sandbox)
      .createAccount({ name: 'Copy', email: 'office@nordlicht.test' })
      .catch((e: unknown) => e);
    expect((error as ProviderValidationFailed).fieldErrors.email?.[0]).toContain('already used by client #1002');
  });
});

describe('billing platform adapter: reseller isolation', () => {
  it('hides the other reseller’s clients from listing and reading', async () => {
    const adapter = adapterFor(sandbox);
    const { items } = await adapter.listAccounts({ perPage: 100 });
    const otherIds = sandbox.otherReseller.clientIds;
    expect(otherIds.length).toBeGreaterThan(0);
    expect(items.some((a) => otherIds.includes(a.providerAccountId))).toBe(false);
    await expect(adapter.getAccount({ providerAccountId: otherIds[0]! })).rejects.toBeInstanceOf(ProviderNotFound);
    await expect(adapter.fundAccount({ providerAccountId: otherIds[0]! }, { amount: { amount: '5', currency: 'GBP' }, operationId: 'op-cross-1' })).rejects.toBeInstanceOf(ProviderNotFound);
  });

  it('shows the other reseller only its own clients', async () => {
    const other = adapterFor(sandbox, sandbox.otherReseller.credentials);
    const { items, total } = await other.listAccounts({});
    expect(items.map((a) => a.providerAccountId)).toEqual(sandbox.otherReseller.clientIds);
    expect(total).toBe(sandbox.otherReseller.clientIds.length);
    await expect(other.getAccount(cafe)).rejects.toBeInstanceOf(ProviderNotFound);
  });
});

describe('billing platform adapter: wallet', () => {
  it('funds a client once per operation id, even when the call is repeated', async () => {
    const adapter = adapterFor(sandbox);
    const before = sandbox.clientBalance(1002);
    const first = await adapter.fundAccount(nordlicht, { amount: { amount: '25.40', currency: 'EUR' }, operationId: 'op-fund-1', description: 'Top-up from the portal' });
    expect(first.balanceAfter).toEqual({ amount: '34.15', currency: 'EUR' });
    const again = await adapter.fundAccount(nordlicht, { amount: { amount: '25.40', currency: 'EUR' }, operationId: 'op-fund-1' });
    expect(again.transactionId).toBe(first.transactionId);
    expect(before).toBe('8.75');
    expect(sandbox.clientBalance(1002)).toBe('34.15');
    expect(sandbox.payments().filter((p) => p.externalId === 'op-fund-1')).toHaveLength(1);
  });

  it('finds a funding by the portal’s operation id, and nothing for an unknown one', async () => {
    const adapter = adapterFor(sandbox);
    const { transactionId } = await adapter.fundAccount(cafe, { amount: { amount: '10', currency: 'EUR' }, operationId: 'op-find-1' });
    await expect(adapter.findFunding(cafe, 'op-find-1')).resolves.toEqual({ transactionId });
    await expect(adapter.findFunding(cafe, 'op-never-sent')).resolves.toBeNull();
    await expect(adapter.findFunding(nordlicht, 'op-find-1')).resolves.toBeNull();
  });

  it('refuses a funding in another currency than the client’s', async () => {
    const error = await adapterFor(sandbox)
      .fundAccount(cafe, { amount: { amount: '10', currency: 'USD' }, operationId: 'op-usd' })
      .catch((e: unknown) => e);
    expect((error as ProviderValidationFailed).fieldErrors).toHaveProperty('currency');
  });

  it('refuses an amount that cannot be sent exactly, before calling the platform', async () => {
    const error = await adapterFor(sandbox)
      .fundAccount(cafe, { amount: { amount: '0.12345678901234567', currency: 'EUR' }, operationId: 'op-precise' })
      .catch((e: unknown) => e);
    expect((error as ProviderValidationFailed).fieldErrors).toHaveProperty('amount');
    expect(sandbox.payments().some((p) => p.externalId === 'op-precise')).toBe(false);
  });

  it('lists payments newest first as wallet transactions, filtered by date', async () => {
    const adapter = adapterFor(sandbox);
    await adapter.fundAccount(harbor, { amount: { amount: '12.5', currency: 'EUR' }, operationId: 'op-list-1', description: 'Manual top-up' });
    const all = await adapter.listTransactions(harbor, {});
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({ type: 'payment', amount: { amount: '12.5', currency: 'EUR' }, description: 'Manual top-up', balanceAfter: { amount: '-30', currency: 'EUR' } });
    expect(all.items[0]!.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const recent = await adapter.listTransactions(harbor, { from: new Date(Date.now() - DAY_MS), to: new Date(Date.now() + 60_000) });
    expect(recent.items.map((t) => t.id)).toEqual([all.items[0]!.id]);
  });

  it.each(['json-rpc', 'rest'] as const)('sets the credit limit through %s', async (protocol) => {
    const adapter = adapterFor(sandbox, undefined, { protocol });
    await adapter.setCreditLimit(harbor, { amount: protocol === 'rest' ? '750.5' : '1000', currency: 'EUR' });
    expect(sandbox.clientCredit(1003)).toBe(protocol === 'rest' ? '750.5' : '1000');
    await expect(adapter.getAccount(harbor)).resolves.toMatchObject({ creditLimit: { amount: sandbox.clientCredit(1003), currency: 'EUR' } });
  });

  it('refuses a credit limit in another currency than the client’s', async () => {
    await expect(adapterFor(sandbox).setCreditLimit(cafe, { amount: '100', currency: 'USD' })).rejects.toBeInstanceOf(ProviderValidationFailed);
    expect(sandbox.clientCredit(1001)).toBe('0');
  });
});

describe('billing platform adapter: numbers', () => {
  it('offers numbers in stock for a country, in E.164', async () => {
    const numbers = await adapterFor(sandbox).searchAvailableNumbers({ country: 'fr' });
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) {
      expect(number.country).toBe('FR');
      expect(number.number).toMatch(/^\+33\d{9}$/);
      expect(number.monthlyPrice?.currency).toBe('EUR');
    }
    const tollFree = await adapterFor(sandbox).searchAvailableNumbers({ country: 'US', type: 'toll_free' });
    expect(tollFree.map((n) => n.type)).toEqual(['toll_free']);
  });

  it('lists a client’s numbers, and the whole inventory without a client', async () => {
    const adapter = adapterFor(sandbox);
    const own = await adapter.listNumbers(cafe, {});
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ providerAccountId: '1001', status: 'assigned', capabilities: ['voice'] });
    expect(own.items[0]!.number).toMatch(/^\+33/);
    const all = await adapter.listNumbers(null, { perPage: 100 });
    expect(all.total).toBeGreaterThan(own.total!);
    expect(all.items.some((n) => n.status === 'available')).toBe(true);
  });

  it('assigns a number from stock to a client and returns it to stock', async () => {
    const adapter = adapterFor(sandbox);
    const free = (await adapter.listNumbers(null, { perPage: 100 })).items.find((n) => n.status === 'available')!;
    await adapter.assignNumber(nordlicht, free.id);
    expect(sandbox.didOwner(free.id)).toBe(1002);
    await adapter.assignNumber(nordlicht, free.id);
    expect(sandbox.didOwner(free.id)).toBe(1002);
    await adapter.unassignNumber(nordlicht, free.id);
    expect(sandbox.didOwner(free.id)).toBeNull();
  });

  it('will not take a number away from another customer', async () => {
    const adapter = adapterFor(sandbox);
    const cafeNumber = (await adapter.listNumbers(cafe, {})).items[0]!;
    await expect(adapter.assignNumber(nordlicht, cafeNumber.id)).rejects.toBeInstanceOf(ProviderValidationFailed);
    await expect(adapter.unassignNumber(nordlicht, cafeNumber.id)).rejects.toBeInstanceOf(ProviderNotFound);
    expect(sandbox.didOwner(cafeNumber.id)).toBe(1001);
    await expect(adapter.assignNumber(nordlicht, '999999')).rejects.toBeInstanceOf(ProviderNotFound);
  });
});

describe('billing platform adapter: CDRs and invoices', () => {
  it('lists exactly the client’s calls of a window, in pages, whatever time zone it talks in', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 10 * DAY_MS);
    const expected = sandbox.xdrIdsBetween(1001, from, to);
    expect(expected.length).toBeGreaterThan(3);
    for (const timeZone of ['UTC', 'Asia/Kolkata', 'America/New_York']) {
      const adapter = adapterFor(sandbox, undefined, { timeZone });
      const rows = [];
      for (let page = 1; ; page++) {
        const result = await adapter.listCdrs(cafe, { from, to, page, perPage: 3 });
        expect(result.total).toBe(expected.length);
        rows.push(...result.items);
        if (!result.hasMore) break;
      }
      expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort());
      for (const row of rows) {
        expect(row.startedAt.getTime()).toBeGreaterThanOrEqual(from.getTime() - 1000);
        expect(row.startedAt.getTime()).toBeLessThan(to.getTime());
      }
    }
  });

  it('maps a call record with plausible durations and costs', async () => {
    const to = new Date();
    const { items } = await adapterFor(sandbox).listCdrs(cafe, { from: new Date(to.getTime() - 31 * DAY_MS), to, perPage: 100 });
    const answered = items.find((r) => r.status === 'answered' && r.direction === 'outbound')!;
    expect(answered.providerAccountId).toBe('1001');
    expect(answered.billableSeconds).toBeGreaterThan(0);
    expect(answered.durationSeconds).toBeGreaterThanOrEqual(answered.billableSeconds);
    expect(answered.answeredAt!.getTime()).toBeGreaterThanOrEqual(answered.startedAt.getTime());
    expect(answered.endedAt!.getTime() - answered.startedAt.getTime()).toBe(answered.durationSeconds * 1000);
    expect(answered.cost?.currency).toBe('EUR');
    expect(Number(answered.cost!.amount)).toBeGreaterThan(0);
    expect(items.some((r) => r.status !== 'answered' && r.billableSeconds === 0)).toBe(true);
  });

  it('lists all the reseller’s calls when no client is given', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 31 * DAY_MS);
    const all = await adapterFor(sandbox).listCdrs(null, { from, to, perPage: 1 });
    const owned = ['1001', '1002', '1003'].reduce((sum, id) => sum + sandbox.xdrIdsBetween(id, from, to).length, 0);
    expect(all.total).toBe(owned);
  });

  it('lists a client’s invoices, newest first, with amounts as decimal strings', async () => {
    const { items, total } = await adapterFor(sandbox).listInvoices(cafe, {});
    expect(total).toBe(4);
    expect(items[0]).toMatchObject({ status: 'draft', hasPdf: false });
    const issued = items.find((i) => i.status === 'issued')!;
    expect(issued.number).toMatch(/^INV-\d{6}-\d{5}$/);
    expect(issued.total.amount).toMatch(/^\d+\.\d{2}$/);
    expect(Number(issued.total.amount)).toBeCloseTo(Number(issued.subtotal!.amount) + Number(issued.tax!.amount), 2);
    expect(issued.dueAt!.getTime()).toBeGreaterThan(issued.issuedAt!.getTime());
  });

  it('downloads an invoice as a valid PDF', async () => {
    const adapter = adapterFor(sandbox);
    const issued = (await adapter.listInvoices(cafe, {})).items.find((i) => i.hasPdf)!;
    const pdf = (await readAll(await adapter.getInvoicePdf(cafe, issued.id))).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toContain(`Invoice ${issued.number}`);
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, index) => expect(pdf.slice(offset, offset + 7)).toBe(`${index + 1} 0 obj`));
  });

  it('will not hand out another client’s invoice', async () => {
    const adapter = adapterFor(sandbox);
    const cafeInvoice = (await adapter.listInvoices(cafe, {})).items[1]!;
    await expect(adapter.getInvoicePdf(nordlicht, cafeInvoice.id)).rejects.toBeInstanceOf(ProviderNotFound);
  });
});

describe('billing platform adapter: the rest', () => {
  it.each(['json-rpc', 'rest'] as const)('reads an exchange rate through %s', async (protocol) => {
    await expect(adapterFor(sandbox, undefined, { protocol }).getExchangeRate('usd', 'EUR')).resolves.toEqual({ from: 'USD', to: 'EUR', rate: '0.92' });
  });

  it('refuses every undocumented operation with the reason the portal shows', async () => {
    const adapter = adapterFor(sandbox);
    const unsupported = CAPABILITIES.filter((c) => !adapter.capabilities[c].supported);
    expect(unsupported).toEqual(expect.arrayContaining(['numbers.forwarding', 'usage.summary', 'messaging.sms', 'sip.registration']));
    // The shared base refuses synchronously; an async wrapper covers both ways of failing.
    const error = await (async () => adapter.setForwarding(cafe, '501', '+33155550000'))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapabilityUnavailable);
    expect((error as CapabilityUnavailable).message).toContain('switch');
    await expect((async () => adapter.sendSms(cafe, { from: 'x', to: 'y', body: 'z' }))()).rejects.toBeInstanceOf(CapabilityUnavailable);
  });

  it('sends the configured time zone on every request', async () => {
    const adapter = adapterFor(sandbox, undefined, { timeZone: 'Pacific/Auckland' });
    const before = sandbox.stats().timeZones.length;
    await adapter.getAccount(cafe);
    await adapter.listInvoices(cafe, {});
    await adapterFor(sandbox, undefined, { timeZone: 'Pacific/Auckland', protocol: 'rest' }).getAccount(cafe);
    expect(sandbox.stats().timeZones.slice(before)).toEqual(['Pacific/Auckland', 'Pacific/Auckland', 'Pacific/Auckland']);
  });

  it('rejects an unknown time zone when the adapter is built', () => {
    expect(() => adapterFor(sandbox, undefined, { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
