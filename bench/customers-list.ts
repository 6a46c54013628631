// Benchmark of the partner customers list with 100,000 customers.
//
//   npm run bench:customers -- [--iterations 20] [--customers 100000] [--plans]
//
// Seeds a throw-away database (a new database on DATABASE_URL's server when set, else the
// embedded one), runs the list service for the typical cases and prints p50/p95 per case,
// with the indexes PostgreSQL chose for each statement (EXPLAIN ANALYZE; --plans prints
// the full plans). Nothing here touches the portal's own database.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { faker } from '@faker-js/faker';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../lib/db/generated/client.ts';
import type { PartnerScope } from '../lib/auth/require-partner-admin.ts';
import type { CustomerListQuery } from '../lib/customers/customer-list-query.ts';
import { listCustomersForPartner } from '../lib/customers/list-customers-for-partner.ts';
import { createThrowawayDatabase } from '../test/support/throwaway-database.ts';
import { runCommand } from '../lib/cli/run-command.ts';
import { percentile } from './latency.ts';

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '20' },
    customers: { type: 'string', default: '100000' },
    plans: { type: 'boolean', default: false },
  },
});
const ITERATIONS = Number(args.iterations);
const CUSTOMERS = Number(args.customers);
// A second tenant, so every query must filter by partner as in production.
const OTHER_PARTNER_CUSTOMERS = Math.round(CUSTOMERS / 10);
const CHUNK = 5000;

type Statement = { query: string; params: string };

const say = (line: string) => process.stdout.write(`${line}\n`);

function customerRows(partnerId: string, connectionIds: string[], count: number, offset: number): Prisma.CustomerCreateManyInput[] {
  const statuses = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'PENDING', 'SUSPENDED', 'CLOSED'] as const;
  const kyc = ['NOT_REQUIRED', 'NOT_REQUIRED', 'VERIFIED', 'VERIFIED', 'PENDING', 'REJECTED'] as const;
  const start = Date.UTC(2023, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const company = n % 3 === 0 ? faker.company.name() : `${firstName} ${lastName}`;
    return {
      partnerId,
      connectionId: connectionIds[n % connectionIds.length]!,
      name: company,
      email: `${firstName}.${lastName}.${n}@${faker.internet.domainName()}`.toLowerCase(),
      phone: `+1${faker.string.numeric({ length: 10, allowLeadingZeros: false })}`,
      country: 'US',
      providerAccountId: `ACC${partnerId.slice(-4)}${String(n).padStart(7, '0')}`,
      status: statuses[n % statuses.length],
      kycStatus: kyc[n % kyc.length],
      billingModel: n % 4 === 0 ? 'POSTPAID' : 'PREPAID',
      currency: 'USD',
      balance: faker.finance.amount({ min: -50, max: 900, dec: 5 }),
      creditLimit: n % 4 === 0 ? '500' : '0',
      createdAt: new Date(start + faker.number.int({ min: 0, max: 3 * 365 * 86_400_000 })),
    };
  });
}

async function seed(db: PrismaClient) {
  faker.seed(20261127);
  const partner = await db.partner.create({ data: { slug: 'bench', name: 'Bench Telecom', currency: 'USD' } });
  const other = await db.partner.create({ data: { slug: 'other', name: 'Other Telecom', currency: 'USD' } });
  const connection = (partnerId: string, label: string) =>
    db.providerConnection.create({ data: { partnerId, kind: 'VOBIZ', label, baseUrl: 'http://127.0.0.1:1', secretsEnc: 'v1.bench.x.y' } });
  const connections = [await connection(partner.id, 'Main'), await connection(partner.id, 'Second'), await connection(partner.id, 'Third')];
  const otherConnection = await connection(other.id, 'Main');

  const started = performance.now();
  for (let offset = 0; offset < CUSTOMERS; offset += CHUNK) {
    await db.customer.createMany({ data: customerRows(partner.id, connections.map((c) => c.id), Math.min(CHUNK, CUSTOMERS - offset), offset) });
    process.stdout.write(`\rseeding ${Math.min(offset + CHUNK, CUSTOMERS)} / ${CUSTOMERS}`);
  }
  for (let offset = 0; offset < OTHER_PARTNER_CUSTOMERS; offset += CHUNK) {
    await db.customer.createMany({ data: customerRows(other.id, [otherConnection.id], Math.min(CHUNK, OTHER_PARTNER_CUSTOMERS - offset), CUSTOMERS + offset) });
  }
  await db.$executeRawUnsafe('VACUUM ANALYZE "Customer"');
  process.stdout.write(`\rseeded ${CUSTOMERS} + ${OTHER_PARTNER_CUSTOMERS} customers in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  // Real terms from the seeded data, so searches find what staff would look for.
  const sample = await db.customer.findFirstOrThrow({ where: { partnerId: partner.id }, orderBy: { id: 'asc' }, skip: Math.floor(CUSTOMERS / 2) });
  return { partnerId: partner.id, connectionId: connections[1]!.id, sample };
}

/** What PostgreSQL did for each statement: the indexes it used and its own execution time. */
async function explain(db: PrismaClient, statements: Statement[]): Promise<string[]> {
  const lines: string[] = [];
  for (const { query, params } of statements) {
    if (!/^\s*SELECT/i.test(query)) continue;
    const values = JSON.parse(params) as unknown[];
    const plan = await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, ...values);
    const text = plan.map((row) => row['QUERY PLAN']);
    const indexes = [...new Set(text.flatMap((line) => [...line.matchAll(/(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) "?([\w]+)"?/g)].map((m) => m[1]!)))];
    const seqScan = text.some((line) => /Seq Scan on "?Customer"?/.test(line));
    const time = text.find((line) => line.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
    const kind = /count\(/i.test(query) ? 'count' : /"Customer"/.test(query) ? 'page ' : 'other';
    if (kind === 'other') continue;
    lines.push(`    ${kind}: ${time}; ${indexes.length ? `indexes ${indexes.join(', ')}` : 'no index'}${seqScan ? '; SEQ SCAN on Customer' : ''}`);
    if (args.plans) lines.push(...text.map((line) => `      ${line}`));
  }
  return lines;
}

async function main() {
  const database = await createThrowawayDatabase();
  const statements: Statement[] = [];
  let capture = false;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: database.poolMax ?? 4 }), log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', (event) => {
    if (capture) statements.push({ query: event.query, params: event.params });
  });
  try {
    say(`database: ${process.env.DATABASE_URL ? 'PostgreSQL server from DATABASE_URL' : 'embedded (in memory)'}`);
    const { partnerId, connectionId, sample } = await seed(db);
    const scope: PartnerScope = { area: 'partner', role: 'PARTNER_STAFF', userId: 'bench', email: 'bench@bench.test', partnerId };
    const pages = Math.ceil(CUSTOMERS / 25);
    const nameWord = sample.name.split(' ')[0]!;
    const emailPart = sample.email.split('@')[0]!.slice(0, 12);
    const phonePart = sample.phone!.slice(-7);

    // A "Next"/"Previous" link's cursor, taken from the page before (or after) the target page.
    const cursorFor = async (query: CustomerListQuery, way: 'next' | 'previous') => {
      const neighbour = await listCustomersForPartner(scope, { ...query, page: way === 'next' ? query.page! - 1 : query.page! + 1 }, db);
      return { ...query, cursor: (way === 'next' ? neighbour.nextCursor : neighbour.previousCursor) ?? undefined };
    };
    const middle = Math.floor(pages / 2);

    const cases: Array<[string, CustomerListQuery]> = [
      ['first page (name A→Z)', {}],
      ['page 2', { page: 2 }],
      ['middle page (offset 50,000)', { page: middle }],
      ['last page (offset ~100,000)', { page: pages }],
      ['newest first', { sort: 'created', direction: 'desc' }],
      ['lowest balance first', { sort: 'balance', direction: 'asc' }],
      ['highest balance, middle page', { sort: 'balance', direction: 'desc', page: middle }],
      ['middle page via Next (keyset)', await cursorFor({ page: middle }, 'next')],
      ['last page via Next (keyset)', await cursorFor({ page: pages }, 'next')],
      ['middle page via Previous (keyset)', await cursorFor({ page: middle }, 'previous')],
      ['highest balance, middle via Next (keyset)', await cursorFor({ sort: 'balance', direction: 'desc', page: middle }, 'next')],
      ['newest first, middle via Next (keyset)', await cursorFor({ sort: 'created', direction: 'desc', page: middle }, 'next')],
      [`search name "${nameWord}"`, { search: nameWord }],
      [`search email "${emailPart}"`, { search: emailPart }],
      [`search phone "${phonePart}"`, { search: phonePart }],
      ['search rare "zzqx"', { search: 'zzqx' }],
      ['search 2 letters "an"', { search: 'an' }],
      ['search common "son", page 10', { search: 'son', page: 10 }],
      ['filter status SUSPENDED', { status: 'SUSPENDED' }],
      ['filter connection + KYC PENDING', { connectionId, kycStatus: 'PENDING' }],
      ['filter status + search + balance sort', { status: 'ACTIVE', search: 'son', sort: 'balance', direction: 'desc' }],
    ];

    say(`\n${ITERATIONS} runs per case (after 2 warm-up runs); times are the whole service call (page + count)\n`);
    say(`${'case'.padEnd(42)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'total'.padStart(8)}`);
    for (const [label, query] of cases) {
      await listCustomersForPartner(scope, query, db);
      await listCustomersForPartner(scope, query, db);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < ITERATIONS; i += 1) {
        const started = performance.now();
        total = (await listCustomersForPartner(scope, query, db)).total;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      say(`${label.padEnd(42)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${String(total).padStart(8)}`);
      if (query.cursor) {
        // The keyset page must hold exactly the rows the OFFSET page holds.
        const byCursor = (await listCustomersForPartner(scope, query, db)).items.map((c) => c.id).join();
        const byOffset = (await listCustomersForPartner(scope, { ...query, cursor: undefined }, db)).items.map((c) => c.id).join();
        say(`    same rows as the OFFSET page: ${byCursor === byOffset ? 'yes' : 'NO'}`);
      }
      statements.length = 0;
      capture = true;
      await listCustomersForPartner(scope, query, db);
      capture = false;
      for (const line of await explain(db, statements)) say(line);
    }
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

runCommand(main);
