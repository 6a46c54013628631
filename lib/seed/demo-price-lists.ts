import { Prisma, type PrismaClient } from '../db/client.ts';
import type { RateEntry } from '../rating/rate-call.ts';

type DemoEntry = [prefix: string, description: string, ratePerMinute: string];
type DemoTerms = Pick<RateEntry, 'billingIncrementSeconds' | 'minimumSeconds' | 'connectionFee'>;
type DemoPriceList = { partnerSlug: string; name: string; currency: string; groups: Array<{ terms: DemoTerms; entries: DemoEntry[] }> };

/**
 * The demo partners' sell prices. They cover every destination the demo sandboxes' calls
 * reach (US, Canadian, UK, German, French, Dutch, Spanish, Belgian, Italian, Indian and
 * Australian city and mobile ranges) plus common world prefixes, and sit above what the
 * providers charge (Vobiz 0.012/min, the VoIP account API up to 0.025/min, Cliqtel up to
 * 0.045/min to Belgian mobiles, the billing platform up to 0.021/min), so margins are
 * positive and plausible for a reseller.
 */
const DEMO_PRICE_LISTS: DemoPriceList[] = [
  {
    partnerSlug: 'northwind',
    name: 'Northwind retail (USD)',
    currency: 'USD',
    groups: [
      {
        // North America: 6-second billing after the first 6 seconds, as US carriers sell it.
        terms: { billingIncrementSeconds: 6, minimumSeconds: 6, connectionFee: '0' },
        entries: [
          ['1', 'United States', '0.029000'],
          ['1212', 'United States – New York', '0.027000'],
          ['1415', 'United States – San Francisco', '0.027000'],
          ['1416', 'Canada – Toronto', '0.032000'],
          ['1514', 'Canada – Montréal', '0.032000'],
          ['1604', 'Canada – Vancouver', '0.032000'],
          ['1800', 'United States – toll free', '0'],
          ['1833', 'United States – toll free', '0'],
          ['1844', 'United States – toll free', '0'],
          ['1888', 'United States – toll free', '0'],
        ],
      },
      {
        // International: billed per started minute.
        terms: { billingIncrementSeconds: 60, minimumSeconds: 60, connectionFee: '0' },
        entries: [
          ['44', 'United Kingdom', '0.045000'],
          ['4420', 'United Kingdom – London', '0.039000'],
          ['447', 'United Kingdom – mobile', '0.069000'],
          ['49', 'Germany', '0.045000'],
          ['4930', 'Germany – Berlin', '0.039000'],
          ['4915', 'Germany – mobile', '0.079000'],
          ['4916', 'Germany – mobile', '0.079000'],
          ['4917', 'Germany – mobile', '0.079000'],
          ['33', 'France', '0.045000'],
          ['336', 'France – mobile', '0.079000'],
          ['337', 'France – mobile', '0.079000'],
          ['31', 'Netherlands', '0.049000'],
          ['316', 'Netherlands – mobile', '0.089000'],
          ['34', 'Spain', '0.045000'],
          ['346', 'Spain – mobile', '0.079000'],
          ['39', 'Italy', '0.045000'],
          ['393', 'Italy – mobile', '0.079000'],
          ['353', 'Ireland', '0.049000'],
          ['91', 'India', '0.049000'],
          ['9180', 'India – Bengaluru', '0.049000'],
          ['917', 'India – mobile', '0.055000'],
          ['918', 'India – mobile', '0.055000'],
          ['919', 'India – mobile', '0.055000'],
          ['61', 'Australia', '0.059000'],
          ['614', 'Australia – mobile', '0.089000'],
          ['52', 'Mexico', '0.039000'],
          ['55', 'Brazil', '0.049000'],
          ['81', 'Japan', '0.069000'],
          ['86', 'China', '0.039000'],
          ['27', 'South Africa', '0.079000'],
        ],
      },
      {
        // Expensive to terminate: a set-up fee per answered call on top of the rate.
        terms: { billingIncrementSeconds: 60, minimumSeconds: 60, connectionFee: '0.020000' },
        entries: [['971', 'United Arab Emirates', '0.149000']],
      },
    ],
  },
  {
    partnerSlug: 'bluewave',
    name: 'Bluewave retail (EUR)',
    currency: 'EUR',
    groups: [
      {
        // Landlines: per-second billing, as most European retail tariffs.
        terms: { billingIncrementSeconds: 1, minimumSeconds: 0, connectionFee: '0' },
        entries: [
          ['33', 'France', '0.019000'],
          ['331', 'France – Paris', '0.018000'],
          ['49', 'Germany', '0.019000'],
          ['4930', 'Germany – Berlin', '0.018000'],
          ['44', 'United Kingdom', '0.019000'],
          ['4420', 'United Kingdom – London', '0.018000'],
          ['31', 'Netherlands', '0.022000'],
          ['3120', 'Netherlands – Amsterdam', '0.021000'],
          ['34', 'Spain', '0.019000'],
          ['32', 'Belgium', '0.023000'],
          ['39', 'Italy', '0.019000'],
          ['41', 'Switzerland', '0.039000'],
          ['43', 'Austria', '0.025000'],
          ['351', 'Portugal', '0.025000'],
          ['353', 'Ireland', '0.025000'],
          ['48', 'Poland', '0.025000'],
          ['1', 'United States and Canada', '0.015000'],
          ['91', 'India', '0.035000'],
          ['9180', 'India – Bengaluru', '0.035000'],
          ['61', 'Australia', '0.035000'],
        ],
      },
      {
        // Mobiles: per second after the first 30 seconds.
        terms: { billingIncrementSeconds: 1, minimumSeconds: 30, connectionFee: '0' },
        entries: [
          ['336', 'France – mobile', '0.049000'],
          ['337', 'France – mobile', '0.049000'],
          ['4915', 'Germany – mobile', '0.035000'],
          ['4916', 'Germany – mobile', '0.035000'],
          ['4917', 'Germany – mobile', '0.035000'],
          ['447', 'United Kingdom – mobile', '0.032000'],
          ['316', 'Netherlands – mobile', '0.059000'],
          ['346', 'Spain – mobile', '0.045000'],
          ['347', 'Spain – mobile', '0.045000'],
          ['393', 'Italy – mobile', '0.042000'],
          ['614', 'Australia – mobile', '0.055000'],
          ['917', 'India – mobile', '0.039000'],
          ['918', 'India – mobile', '0.039000'],
          ['919', 'India – mobile', '0.039000'],
        ],
      },
      {
        terms: { billingIncrementSeconds: 1, minimumSeconds: 30, connectionFee: '0.010000' },
        entries: [['3247', 'Belgium – mobile', '0.065000']],
      },
    ],
  },
];

/**
 * Gives each demo partner its price list when it has none in that currency. A list that
 * exists is left as it is, so what an admin changed in the demo survives a re-seed.
 */
export async function seedDemoPriceLists(db: PrismaClient): Promise<void> {
  for (const demo of DEMO_PRICE_LISTS) {
    const partner = await db.partner.findUnique({ where: { slug: demo.partnerSlug }, select: { id: true } });
    if (!partner) continue;
    const existing = await db.priceList.findUnique({ where: { partnerId_currency: { partnerId: partner.id, currency: demo.currency } }, select: { id: true } });
    if (existing) continue;
    await db.priceList.create({
      data: {
        partnerId: partner.id,
        name: demo.name,
        currency: demo.currency,
        entries: {
          create: demo.groups.flatMap(({ terms, entries }) =>
            entries.map(([prefix, description, ratePerMinute]) => ({
              partnerId: partner.id,
              prefix,
              description,
              ratePerMinute: new Prisma.Decimal(ratePerMinute),
              billingIncrementSeconds: terms.billingIncrementSeconds,
              minimumSeconds: terms.minimumSeconds,
              connectionFee: new Prisma.Decimal(terms.connectionFee),
            })),
          ),
        },
      },
    });
  }
}
