import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { createPriceList } from './create-price-list';
import { importPriceListEntries } from './import-price-list-entries';
import { ENTRY, seedRatingTenant, type RatingTenant } from './rating-test-fixture';
import { savePriceListEntry } from './save-price-list-entry';

const db = testDb();
const ip = { ip: null };
const HEADER = 'prefix,description,rate_per_minute,billing_increment,minimum_seconds,connection_fee';
let alpha: RatingTenant;
let listId: string;

async function entriesByPrefix() {
  const entries = await db.priceListEntry.findMany({ where: { priceListId: listId }, orderBy: { prefix: 'asc' } });
  return Object.fromEntries(entries.map((entry) => [entry.prefix, `${entry.description} ${entry.ratePerMinute.toFixed(4)} ${entry.billingIncrementSeconds}/${entry.minimumSeconds} ${entry.connectionFee.toFixed(2)}`]));
}

beforeEach(async () => {
  await resetDatabase();
  alpha = await seedRatingTenant('alpha');
  const created = await createPriceList(alpha.admin, { name: 'Retail', currency: 'USD' }, ip);
  if (!created.ok) throw new Error('fixture: price list not created');
  listId = created.priceListId;
  await savePriceListEntry(alpha.admin, { priceListId: listId }, ENTRY, ip);
  await savePriceListEntry(alpha.admin, { priceListId: listId }, { ...ENTRY, prefix: '33', description: 'France' }, ip);
});

describe('importPriceListEntries', () => {
  it('adds new prefixes and replaces the rows of existing ones, keeping the others', async () => {
    const csv = `${HEADER}\n44,United Kingdom,0.0450,60,60,0\n447,UK mobile,0.0690,1,30,0.01\n1,United States,0.029,6,6,\n`;
    expect(await importPriceListEntries(alpha.admin, listId, { csv, replace: false }, ip)).toEqual({ ok: true, added: 2, updated: 1, removed: 0 });
    expect(await entriesByPrefix()).toEqual({
      '1': 'United States 0.0290 6/6 0.00',
      '33': 'France 0.0390 60/0 0.00',
      '44': 'United Kingdom 0.0450 60/60 0.00',
      '447': 'UK mobile 0.0690 1/30 0.01',
    });
    expect(await db.auditEvent.findFirst({ where: { action: 'price_list.import' } })).toMatchObject({
      entityId: listId,
      actorEmail: 'admin@alpha.test',
      after: { rows: 3, replace: false, added: 2, updated: 1, removed: 0 },
    });
  });

  it('with replace, makes the list exactly the file', async () => {
    const csv = `${HEADER}\n49,Germany,0.045,60,60,0\n`;
    expect(await importPriceListEntries(alpha.admin, listId, { csv, replace: true }, ip)).toEqual({ ok: true, added: 1, updated: 0, removed: 2 });
    expect(Object.keys(await entriesByPrefix())).toEqual(['49']);
  });

  it('reports every invalid row by line and imports nothing, not even the valid rows', async () => {
    const before = await entriesByPrefix();
    const csv = `${HEADER}\n49,Germany,0.045,60,60,0\n4x,Bad,0.02,60,0,0\n31,Netherlands,,60,0,0\n49,Germany again,0.05,60,0,0\n`;
    const result = await importPriceListEntries(alpha.admin, listId, { csv, replace: true }, ip);
    expect(result).toMatchObject({
      ok: false,
      errorCount: 3,
      rowErrors: [
        { row: 3, column: 'prefix' },
        { row: 4, column: 'rate_per_minute' },
        { row: 5, column: 'prefix', message: 'Prefix 49 is already on line 2.' },
      ],
    });
    expect(await entriesByPrefix()).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: 'price_list.import' } })).toBe(0);
  });

  it('rolls back every row when the database refuses one part of the import', async () => {
    const before = await entriesByPrefix();
    // Validation refuses bad rows before anything is written; to see the transaction undo rows
    // already written, a trigger refuses the last of 2,500 rows, in the third insert statement.
    const rows = Array.from({ length: 2_500 }, (_, index) => `${9_000_000 + index},Range ${index},0.01,60,0,0`);
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_last_prefix() RETURNS trigger AS $$
      BEGIN IF NEW.prefix = '9002499' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_last_prefix BEFORE INSERT ON "PriceListEntry" FOR EACH ROW EXECUTE FUNCTION refuse_last_prefix()`);
    try {
      await expect(importPriceListEntries(alpha.admin, listId, { csv: [HEADER, ...rows].join('\n'), replace: true }, ip)).rejects.toThrow(/refused for the test/);
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_last_prefix ON "PriceListEntry"');
      await db.$executeRawUnsafe('DROP FUNCTION refuse_last_prefix()');
    }
    expect(await entriesByPrefix()).toEqual(before);
  });

  it('imports a file of 10,000 rows', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => `${1_000_000 + index},Range ${index},0.01,60,0,0`);
    expect(await importPriceListEntries(alpha.admin, listId, { csv: [HEADER, ...rows].join('\n'), replace: false }, ip)).toEqual({ ok: true, added: 10_000, updated: 0, removed: 0 });
    expect(await db.priceListEntry.count({ where: { priceListId: listId } })).toBe(10_002);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const csv = `${HEADER}\n${'4,x,0.01,60,0,0\n'.repeat(60_000)}`;
    expect(await importPriceListEntries(alpha.admin, listId, { csv, replace: false }, ip)).toMatchObject({ ok: false, formError: expect.stringMatching(/larger than 900 KB/) });
  });

  it('does not let staff import', async () => {
    await expect(importPriceListEntries(alpha.staff, listId, { csv: `${HEADER}\n49,Germany,0.045,60,60,0\n`, replace: false }, ip)).rejects.toBeInstanceOf(NotAllowed);
    expect(Object.keys(await entriesByPrefix())).toEqual(['33', '44']);
  });

  it('treats another partner’s price list as missing', async () => {
    const beta = await seedRatingTenant('beta');
    expect(await importPriceListEntries(beta.admin, listId, { csv: `${HEADER}\n49,Germany,0.045,60,60,0\n`, replace: true }, ip)).toMatchObject({
      ok: false,
      formError: 'This price list no longer exists.',
    });
    expect(Object.keys(await entriesByPrefix())).toEqual(['33', '44']);
  });
});
