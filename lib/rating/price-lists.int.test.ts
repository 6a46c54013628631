import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { createPriceList } from './create-price-list';
import { deletePriceListEntry } from './delete-price-list-entry';
import { listPriceListEntries } from './list-price-list-entries';
import { listPriceLists } from './list-price-lists';
import { loadRater } from './load-rater';
import { ENTRY, seedRatingTenant, type RatingTenant } from './rating-test-fixture';
import { savePriceListEntry } from './save-price-list-entry';

const db = testDb();
const ip = { ip: '192.0.2.1' };
let alpha: RatingTenant;
let beta: RatingTenant;
let listId: string;

beforeEach(async () => {
  await resetDatabase();
  alpha = await seedRatingTenant('alpha');
  beta = await seedRatingTenant('beta', { currency: 'EUR' });
  const created = await createPriceList(alpha.admin, { name: 'Retail', currency: 'usd' }, ip);
  if (!created.ok) throw new Error('fixture: price list not created');
  listId = created.priceListId;
});

describe('createPriceList', () => {
  it('creates one list per currency, audited, and refuses a second in the same currency', async () => {
    expect(await db.priceList.findUniqueOrThrow({ where: { id: listId } })).toMatchObject({ partnerId: alpha.partnerId, name: 'Retail', currency: 'USD' });
    expect(await createPriceList(alpha.admin, { name: 'Again', currency: 'USD' }, ip)).toEqual({ ok: false, fieldErrors: { currency: ['You already have a price list in USD.'] } });
    expect(await db.auditEvent.findMany({ where: { action: 'price_list.create' } })).toHaveLength(1);
  });

  it('lets another partner have a list in the same currency', async () => {
    expect(await createPriceList(beta.admin, { name: 'Retail', currency: 'USD' }, ip)).toMatchObject({ ok: true });
  });

  it('names an unknown currency and a blank name', async () => {
    const result = await createPriceList(alpha.admin, { name: ' ', currency: 'XYZ' }, ip);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors).sort()).toEqual(['currency', 'name']);
  });
});

describe('savePriceListEntry', () => {
  it('adds an entry with the values normalised and records who did it', async () => {
    const result = await savePriceListEntry(alpha.admin, { priceListId: listId }, { ...ENTRY, prefix: '+44 ' }, ip);
    expect(result.ok).toBe(true);
    const entry = await db.priceListEntry.findFirstOrThrow({ where: { priceListId: listId } });
    expect(entry).toMatchObject({ partnerId: alpha.partnerId, prefix: '44', description: 'United Kingdom', billingIncrementSeconds: 60, minimumSeconds: 0 });
    expect(entry.ratePerMinute.toFixed(6)).toBe('0.039000');
    expect(entry.connectionFee.toFixed()).toBe('0');
    expect(await db.auditEvent.findFirst({ where: { action: 'price_list_entry.create' } })).toMatchObject({
      actorEmail: 'admin@alpha.test',
      entityId: entry.id,
      after: { prefix: '44', ratePerMinute: '0.039', priceListId: listId },
    });
  });

  it('returns an error beside each invalid field and stores nothing', async () => {
    const result = await savePriceListEntry(
      alpha.admin,
      { priceListId: listId },
      { prefix: '44a', description: '', ratePerMinute: '-1', billingIncrementSeconds: '0', minimumSeconds: '9999', connectionFee: 'free' },
      ip,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors).sort()).toEqual(['billingIncrementSeconds', 'connectionFee', 'description', 'minimumSeconds', 'prefix', 'ratePerMinute']);
    expect(await db.priceListEntry.count()).toBe(0);
  });

  it('refuses a second entry for a prefix the list already has', async () => {
    await savePriceListEntry(alpha.admin, { priceListId: listId }, ENTRY, ip);
    const result = await savePriceListEntry(alpha.admin, { priceListId: listId }, { ...ENTRY, description: 'UK again' }, ip);
    expect(result).toEqual({ ok: false, fieldErrors: { prefix: ['Prefix 44 already has an entry (United Kingdom). Edit that one instead.'] } });
  });

  it('changes an entry in place and audits the old and new values', async () => {
    const added = await savePriceListEntry(alpha.admin, { priceListId: listId }, ENTRY, ip);
    if (!added.ok) throw new Error('not added');
    const result = await savePriceListEntry(alpha.admin, { priceListId: listId, entryId: added.entryId }, { ...ENTRY, ratePerMinute: '0.05', minimumSeconds: '30' }, ip);
    expect(result).toEqual({ ok: true, entryId: added.entryId });
    expect(await db.priceListEntry.findUniqueOrThrow({ where: { id: added.entryId } })).toMatchObject({ minimumSeconds: 30 });
    expect(await db.auditEvent.findFirst({ where: { action: 'price_list_entry.update' } })).toMatchObject({
      before: { ratePerMinute: '0.039', minimumSeconds: 0 },
      after: { ratePerMinute: '0.05', minimumSeconds: 30 },
    });
  });

  it('does not let staff add, change or delete entries', async () => {
    const added = await savePriceListEntry(alpha.admin, { priceListId: listId }, ENTRY, ip);
    if (!added.ok) throw new Error('not added');
    await expect(savePriceListEntry(alpha.staff, { priceListId: listId }, { ...ENTRY, prefix: '49' }, ip)).rejects.toBeInstanceOf(NotAllowed);
    await expect(savePriceListEntry(alpha.staff, { priceListId: listId, entryId: added.entryId }, { ...ENTRY, ratePerMinute: '9' }, ip)).rejects.toBeInstanceOf(NotAllowed);
    await expect(deletePriceListEntry(alpha.staff, added.entryId, ip)).rejects.toBeInstanceOf(NotAllowed);
    await expect(createPriceList(alpha.staff, { name: 'Staff list', currency: 'EUR' }, ip)).rejects.toBeInstanceOf(NotAllowed);
    const entries = await db.priceListEntry.findMany();
    expect(entries.map((entry) => [entry.prefix, entry.ratePerMinute.toFixed(3)])).toEqual([['44', '0.039']]);
    expect(await db.priceList.count()).toBe(1);
  });

  it('lets staff read the price list', async () => {
    await savePriceListEntry(alpha.admin, { priceListId: listId }, ENTRY, ip);
    expect((await listPriceLists(alpha.staff)).priceLists).toMatchObject([{ id: listId, entryCount: 1 }]);
    expect((await listPriceListEntries(alpha.staff, listId, { page: 1, pageSize: 10 })).rows).toMatchObject([{ prefix: '44' }]);
  });
});

describe('another partner’s price list', () => {
  it('is invisible: not listed, no entries, and cannot be changed', async () => {
    const added = await savePriceListEntry(alpha.admin, { priceListId: listId }, ENTRY, ip);
    if (!added.ok) throw new Error('not added');
    expect((await listPriceLists(beta.admin)).priceLists).toEqual([]);
    expect(await listPriceListEntries(beta.admin, listId, { page: 1, pageSize: 10 })).toMatchObject({ rows: [], total: 0 });
    expect(await savePriceListEntry(beta.admin, { priceListId: listId }, { ...ENTRY, prefix: '49' }, ip)).toEqual({ ok: false, fieldErrors: {}, formError: 'This price list no longer exists.' });
    expect(await savePriceListEntry(beta.admin, { priceListId: listId, entryId: added.entryId }, ENTRY, ip)).toMatchObject({ ok: false, formError: 'This price list no longer exists.' });
    expect(await deletePriceListEntry(beta.admin, added.entryId, ip)).toMatchObject({ ok: false });
    expect(await db.priceListEntry.count()).toBe(1);
  });
});

describe('listPriceListEntries', () => {
  beforeEach(async () => {
    for (const [prefix, description] of [['1', 'United States'], ['44', 'United Kingdom'], ['4420', 'London'], ['447', 'UK mobile'], ['49', 'Germany']]) {
      await savePriceListEntry(alpha.admin, { priceListId: listId }, { ...ENTRY, prefix, description }, ip);
    }
  });

  it('pages through the entries in prefix order', async () => {
    expect(await listPriceListEntries(alpha.admin, listId, { page: 2, pageSize: 2 })).toMatchObject({ total: 5, page: 2, rows: [{ prefix: '4420' }, { prefix: '447' }] });
  });

  it('finds entries by the digits a prefix starts with, or by destination', async () => {
    expect((await listPriceListEntries(alpha.admin, listId, { search: '+44', page: 1, pageSize: 10 })).rows.map((row) => row.prefix)).toEqual(['44', '4420', '447']);
    expect((await listPriceListEntries(alpha.admin, listId, { search: 'united', page: 1, pageSize: 10 })).rows.map((row) => row.prefix)).toEqual(['1', '44']);
  });

  it('shows the last page when asked for one beyond it', async () => {
    expect(await listPriceListEntries(alpha.admin, listId, { page: 9, pageSize: 2 })).toMatchObject({ page: 3, rows: [{ prefix: '49' }] });
  });
});

describe('deletePriceListEntry', () => {
  it('removes the entry, audited, and the rater no longer matches it', async () => {
    await savePriceListEntry(alpha.admin, { priceListId: listId }, { ...ENTRY, prefix: '4', description: 'Europe' }, ip);
    const added = await savePriceListEntry(alpha.admin, { priceListId: listId }, ENTRY, ip);
    if (!added.ok) throw new Error('not added');
    expect(await deletePriceListEntry(alpha.admin, added.entryId, ip)).toEqual({ ok: true });
    expect(await db.auditEvent.findFirst({ where: { action: 'price_list_entry.delete' } })).toMatchObject({ entityId: added.entryId, before: { prefix: '44' } });
    const rater = await loadRater(db, alpha.partnerId, 'USD');
    expect(rater?.rate({ destination: '442079460123', billableSeconds: 60, status: 'ANSWERED' })?.ratedPrefix).toBe('4');
    expect(await deletePriceListEntry(alpha.admin, added.entryId, ip)).toMatchObject({ ok: false, formError: expect.stringMatching(/no longer exists/) });
  });
});

describe('loadRater', () => {
  it('rates with the partner’s list in that currency, and is null where the partner has none', async () => {
    await savePriceListEntry(alpha.admin, { priceListId: listId }, { ...ENTRY, connectionFee: '0.01' }, ip);
    const rater = await loadRater(db, alpha.partnerId, 'USD');
    expect(rater?.currency).toBe('USD');
    expect(rater?.rate({ destination: '442079460123', billableSeconds: 61, status: 'ANSWERED' })).toEqual({ sellPrice: '0.088', ratedPrefix: '44' });
    expect(await loadRater(db, alpha.partnerId, 'EUR')).toBeNull();
    expect(await loadRater(db, beta.partnerId, 'USD')).toBeNull();
  });
});
