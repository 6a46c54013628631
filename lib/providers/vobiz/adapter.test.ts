import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CapabilityUnavailable } from '../errors.ts';
import { resetCircuits } from '../http/circuit-breakers.ts';
import type { ProviderAdapter } from '../types.ts';
import { fundingMarker } from './adapter.ts';
import { vobizProvider } from './definition.ts';
import type { RunningVobizSandbox } from './sandbox.ts';
import { toUnits } from './sandbox-money.ts';
import { IN_PREPAID, PARTNER_CREDENTIALS, US_POSTPAID, US_PREPAID, adapterFor, startTestSandbox } from './vobiz-test-fixture.ts';

let sandbox: RunningVobizSandbox;
let adapter: ProviderAdapter;
const DAY = 86_400_000;

beforeEach(async () => {
  sandbox = await startTestSandbox();
  adapter = adapterFor(sandbox);
});

afterEach(async () => {
  await sandbox.close();
  resetCircuits();
});

describe('vobizProvider definition', () => {
  it('describes the connection form with the token as the only secret and validates credentials', () => {
    expect(vobizProvider.defaultBaseUrl).toBe('https://api.vobiz.ai/api/v1/partner');
    expect(vobizProvider.credentialFields.map((field) => [field.name, field.secret])).toEqual([
      ['authId', false],
      ['authToken', true],
    ]);
    expect(vobizProvider.credentialsSchema.safeParse(PARTNER_CREDENTIALS).success).toBe(true);
    expect(vobizProvider.credentialsSchema.safeParse({ authId: '', authToken: 'x' }).success).toBe(false);
  });

  it('supports accounts, wallet, number listing and CDRs, and explains every refusal', () => {
    const supported = Object.entries(vobizProvider.capabilities).filter(([, status]) => status.supported).map(([name]) => name);
    expect(supported.sort()).toEqual(['accounts.balance', 'accounts.create', 'accounts.get', 'accounts.list', 'numbers.list', 'usage.cdrs', 'wallet.fund', 'wallet.transactions']);
    for (const status of Object.values(vobizProvider.capabilities)) {
      if (!status.supported) expect(status.reason).toMatch(/Vobiz/);
    }
  });
});

describe('VobizAdapter', () => {
  it('tests the connection with the partner profile', async () => {
    const result = await adapter.testConnection();
    expect(result.ok).toBe(true);
    expect(result.detail).toContain('PA_NORTHWIND');
    expect(result.detail).toContain('25000.00000 USD');
    expect(result.detail).toContain('3 of 50');
  });

  it('creates a customer, returns its auth token once and a generated password that meets the rules', async () => {
    const created = await adapter.createAccount({ name: 'Bayview Clinic', email: 'Admin@Bayview.test', phone: '+16175550123', country: 'us', company: 'Bayview Clinic LLC' });
    expect(created.account.providerAccountId).toMatch(/^MA_[A-Z0-9]{8}$/);
    expect(created.authToken).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(created.generatedPassword).toMatch(/^(?=.*\d)(?=.*[^A-Za-z0-9]).{8,}$/);
    expect(created.account).toMatchObject({ name: 'Bayview Clinic', country: 'US', status: 'active', billingModel: 'PREPAID', kycStatus: 'pending', phone: '+16175550123' });
    expect(created.account.balance).toEqual({ amount: '0.00000', currency: 'USD' });
    expect(sandbox.accountAuthIds()).toContain(created.account.providerAccountId);
  });

  it('keeps a caller-chosen password and derives the wallet currency from the country', async () => {
    const created = await adapter.createAccount({ name: 'Kanal Media', email: 'ops@kanal.test', country: 'DE', password: 'Sicher!2026' });
    expect(created.generatedPassword).toBeNull();
    expect(created.account.balance?.currency).toBe('EUR');
    const fetched = await adapter.getAccount({ providerAccountId: created.account.providerAccountId });
    expect(fetched.balance).toEqual({ amount: '0.00000', currency: 'EUR' });
  });

  it('lists customers page by page with the size Vobiz echoes, and searches by name or email', async () => {
    const first = await adapter.listAccounts({ page: 1, perPage: 2 });
    expect(first).toMatchObject({ page: 1, perPage: 2, total: 3, hasMore: true });
    const second = await adapter.listAccounts({ page: 2, perPage: 2 });
    expect(second.items).toHaveLength(1);
    expect(second.hasMore).toBe(false);
    const ids = [...first.items, ...second.items].map((account) => account.providerAccountId).sort();
    expect(ids).toEqual([IN_PREPAID, US_PREPAID, US_POSTPAID].sort());

    const found = await adapter.listAccounts({ search: 'harbor-LOGISTICS' });
    expect(found.items.map((account) => account.providerAccountId)).toEqual([US_POSTPAID]);
  });

  it('caps a page at the documented 100 items', async () => {
    const page = await adapter.listAccounts({ perPage: 500 });
    expect(page.perPage).toBe(100);
  });

  it('maps a postpaid customer with its credit limit and an Indian customer in rupees', async () => {
    const postpaid = await adapter.getAccount({ providerAccountId: US_POSTPAID });
    expect(postpaid).toMatchObject({ billingModel: 'POSTPAID', balance: { amount: '42.00000', currency: 'USD' }, creditLimit: { amount: '500.00000', currency: 'USD' } });
    const indian = await adapter.getAccount({ providerAccountId: IN_PREPAID });
    expect(indian).toMatchObject({ billingModel: 'PREPAID', country: 'IN', balance: { amount: '1300.00000', currency: 'INR' }, creditLimit: null });
    expect(indian.createdAt).toBeInstanceOf(Date);
  });

  it('reads the real-time balance as a 5-decimal string', async () => {
    const balance = await adapter.getBalance({ providerAccountId: US_PREPAID });
    expect(balance.balance).toEqual({ amount: '125.50000', currency: 'USD' });
    expect(balance.updatedAt).toBeInstanceOf(Date);
  });

  it('funds a wallet by moving money from the partner, with the operation id in the description', async () => {
    const result = await adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: { amount: '20.12345', currency: 'USD' }, operationId: 'op-fund-1', description: 'November top-up' });
    expect(result.transactionId).toMatch(/^txn_/);
    expect(result.balanceAfter).toEqual({ amount: '145.62345', currency: 'USD' });
    expect(sandbox.accountBalance(US_PREPAID)).toBe('145.62345');
    expect(sandbox.partnerBalance()).toBe('24979.87655');
    expect(sandbox.transfers()).toEqual([expect.objectContaining({ amount: '20.12345', description: `November top-up ${fundingMarker('op-fund-1')}` })]);
  });

  it('finds a funding again by its operation id, and says null for one that never happened', async () => {
    await adapter.fundAccount({ providerAccountId: US_PREPAID }, { amount: { amount: '5', currency: 'USD' }, operationId: 'op-find-me' });
    const found = await adapter.findFunding({ providerAccountId: US_PREPAID }, 'op-find-me');
    const ledger = await adapter.listTransactions({ providerAccountId: US_PREPAID }, { perPage: 100 });
    expect(found?.transactionId).toBe(ledger.items.find((entry) => entry.description?.includes(fundingMarker('op-find-me')))?.id);
    await expect(adapter.findFunding({ providerAccountId: US_PREPAID }, 'op-never-sent')).resolves.toBeNull();
    await expect(adapter.findFunding({ providerAccountId: US_POSTPAID }, 'op-find-me')).resolves.toBeNull();
  });

  it('lists the ledger newest first with debits signed negative, adding up to the balance', async () => {
    const ledger = await adapter.listTransactions({ providerAccountId: IN_PREPAID }, { perPage: 100 });
    expect(ledger.total).toBe(ledger.items.length);
    const times = ledger.items.map((entry) => entry.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(ledger.items.filter((entry) => entry.type === 'debit').every((entry) => entry.amount.amount.startsWith('-'))).toBe(true);
    const sum = ledger.items.reduce((total, entry) => total + toUnits(entry.amount.amount), 0n);
    expect(sum).toBe(toUnits('1300.00000'));
    expect(ledger.items.every((entry) => entry.amount.currency === 'INR' && entry.balanceAfter === null)).toBe(true);
  });

  it('filters the ledger by whole days', async () => {
    const to = new Date(Date.now() - 10 * DAY);
    const from = new Date(to.getTime() - 7 * DAY);
    const ledger = await adapter.listTransactions({ providerAccountId: IN_PREPAID }, { perPage: 100, from, to });
    const dayStart = Date.parse(`${from.toISOString().slice(0, 10)}T00:00:00Z`);
    expect(ledger.items.every((entry) => entry.createdAt.getTime() >= dayStart && entry.createdAt.getTime() < to.getTime() + DAY)).toBe(true);
    const all = await adapter.listTransactions({ providerAccountId: IN_PREPAID }, { perPage: 100 });
    expect(ledger.items.length).toBeLessThan(all.items.length);
  });

  it("lists a customer's numbers in E.164 with capabilities and monthly fee", async () => {
    const numbers = await adapter.listNumbers({ providerAccountId: IN_PREPAID }, {});
    expect(numbers.items.length).toBeGreaterThan(0);
    for (const number of numbers.items) {
      expect(number.number).toMatch(/^\+91[1-9]\d{9}$/);
      expect(number).toMatchObject({ providerAccountId: IN_PREPAID, status: 'active', capabilities: ['voice'], monthlyPrice: { amount: '500.00000', currency: 'INR' }, label: null, forwardTo: null });
    }
  });

  it('lists every customer’s numbers in the global inventory', async () => {
    const all = await adapter.listNumbers(null, { perPage: 100 });
    const owners = new Set(all.items.map((number) => number.providerAccountId));
    expect(owners).toEqual(new Set([US_PREPAID, US_POSTPAID, IN_PREPAID]));
    expect(all.items.filter((number) => number.providerAccountId !== IN_PREPAID).every((number) => /^\+1[2-9]\d{9}$/.test(number.number))).toBe(true);
  });

  it('lists CDRs within the exact window, with status and cost as Vobiz recorded them', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 20 * DAY);
    const page = await adapter.listCdrs({ providerAccountId: US_PREPAID }, { from, to, perPage: 100 });
    const recorded = sandbox.callRecords(US_PREPAID).filter((record) => record.startTime >= from && record.startTime < to);
    expect(page.items).toHaveLength(recorded.length);
    expect(page).toMatchObject({ total: null, hasMore: false });
    for (const call of page.items) {
      const original = recorded.find((record) => record.uuid === call.id)!;
      expect(call.status).toBe(original.status);
      expect(call.billableSeconds).toBe(original.billsec);
      expect(call.cost?.currency).toBe('USD');
      if (call.status !== 'answered') expect(call.cost?.amount).toBe('0.00000');
      expect(call.from).toMatch(/^\+1\d{10}$/);
    }
  });

  it('drops calls outside a window shorter than a day', async () => {
    const target = sandbox.callRecords(US_PREPAID)[0]!;
    const from = new Date(target.startTime.getTime() - 60 * 60_000);
    const to = new Date(target.startTime.getTime() + 60 * 60_000);
    const page = await adapter.listCdrs({ providerAccountId: US_PREPAID }, { from, to, perPage: 100 });
    expect(page.items.map((call) => call.id)).toContain(target.uuid);
    expect(page.items.every((call) => call.startedAt >= from && call.startedAt < to)).toBe(true);
  });

  it('pages through CDRs while full pages come back, and lists all customers’ calls globally', async () => {
    const window = { from: new Date(Date.now() - 31 * DAY), to: new Date() };
    const first = await adapter.listCdrs({ providerAccountId: US_PREPAID }, { ...window, perPage: 10 });
    const second = await adapter.listCdrs({ providerAccountId: US_PREPAID }, { ...window, page: 2, perPage: 10 });
    expect(first.hasMore).toBe(true);
    expect(first.items).toHaveLength(10);
    expect(second.items.some((call) => first.items.some((seen) => seen.id === call.id))).toBe(false);
    const global = await adapter.listCdrs(null, { ...window, perPage: 100 });
    expect(new Set(global.items.map((call) => call.providerAccountId)).size).toBeGreaterThan(1);
  });

  it('refuses operations Vobiz does not offer with the reason a partner can act on', async () => {
    const ref = { providerAccountId: US_PREPAID };
    await expect(Promise.resolve().then(() => adapter.assignNumber(ref, 'n1'))).rejects.toMatchObject({ capability: 'numbers.assign', reason: expect.stringMatching(/console/) });
    await expect(Promise.resolve().then(() => adapter.listInvoices(ref, {}))).rejects.toBeInstanceOf(CapabilityUnavailable);
    await expect(Promise.resolve().then(() => adapter.searchAvailableNumbers({ country: 'IN' }))).rejects.toBeInstanceOf(CapabilityUnavailable);
    await expect(Promise.resolve().then(() => adapter.setCreditLimit(ref, { amount: '10', currency: 'USD' }))).rejects.toBeInstanceOf(CapabilityUnavailable);
  });
});
