import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { Prisma } from '@/lib/db/client';
import { loadRater } from '@/lib/rating/load-rater';
import { seedDemoData } from './seed-demo-data';

const db = testDb();

/** Far ends the demo sandboxes call, with the most their provider charges a minute for them. */
const SANDBOX_DESTINATIONS = {
  northwind: [
    ['14155550123', '0.025'], // Vobiz and VoIP account API, US
    ['16465550123', '0.025'],
    ['14165550123', '0.025'], // VoIP account API, Toronto
    ['442079460123', '0.025'], // VoIP account API, abroad
    ['447700900123', '0.025'],
    ['493012345678', '0.025'],
    ['4915112345678', '0.025'],
    ['33612345678', '0.025'],
    ['919812345678', '0.025'],
  ],
  bluewave: [
    ['33112345678', '0.014'], // Cliqtel and the billing platform
    ['33612345678', '0.035'],
    ['493012345678', '0.015'],
    ['4915112345678', '0.019'],
    ['442079460123', '0.012'],
    ['447700900123', '0.019'],
    ['31201234567', '0.016'],
    ['31612345678', '0.042'],
    ['34911234567', '0.011'],
    ['34612345678', '0.030'],
    ['3221234567', '0.014'],
    ['32470123456', '0.045'],
    ['390612345678', '0.012'],
    ['393123456789', '0.028'],
    ['14155550123', '0.011'],
    ['16045550123', '0.011'],
    ['918012345678', '0.021'],
    ['919812345678', '0.021'],
    ['61212345678', '0.019'],
    ['61412345678', '0.019'],
  ],
} as const;

beforeAll(async () => {
  await resetDatabase();
  await seedDemoData(db);
});

describe('demo price lists', () => {
  it('give Northwind a USD list and Bluewave a EUR list', async () => {
    const lists = await db.priceList.findMany({ include: { _count: { select: { entries: true } } }, orderBy: { currency: 'asc' } });
    expect(lists.map((list) => [list.currency, list._count.entries > 20])).toEqual([
      ['EUR', true],
      ['USD', true],
    ]);
  });

  it('price every destination the sandboxes call above what the provider charges', async () => {
    for (const [slug, destinations] of Object.entries(SANDBOX_DESTINATIONS)) {
      const partner = await db.partner.findUniqueOrThrow({ where: { slug } });
      const rater = await loadRater(db, partner.id, partner.currency);
      for (const [destination, costPerMinute] of destinations) {
        const rated = rater?.rate({ destination, billableSeconds: 60, status: 'ANSWERED' });
        expect(rated, `${slug} ${destination}`).not.toBeNull();
        expect(new Prisma.Decimal(rated!.sellPrice).greaterThan(costPerMinute), `${slug} ${destination} sells at ${rated!.sellPrice}`).toBe(true);
      }
    }
  });

  it('leave an existing list as the admin left it when seeding again', async () => {
    const entry = await db.priceListEntry.findFirstOrThrow({ where: { prefix: '44', priceList: { currency: 'USD' } } });
    await db.priceListEntry.delete({ where: { id: entry.id } });
    const before = await db.priceListEntry.count();
    await seedDemoData(db);
    expect(await db.priceListEntry.count()).toBe(before);
  });
});
