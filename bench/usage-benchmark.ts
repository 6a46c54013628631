// Usage benchmark: 1,000,000 call records over 2,000 customers and 90 days on PostgreSQL.
//
//   npm run bench [-- --rows 20000 --customers 200 --iterations 20 --keep]
//
// Creates its own database (portal_bench on DATABASE_URL's server, else on the local
// PostgreSQL), ingests the generated calls through the sync's ingestCalls with the partner's
// rater, loads the same rows with COPY for comparison, then times CDR pages, totals, chart
// queries and a full CSV export (in a child process, for its peak memory). Prints a table and
// writes the figures as JSON; the database is dropped at the end unless --keep.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../lib/cli/run-command.ts';
import { systemDb } from '../lib/db/client.ts';
import { cdrSyncJob } from '../lib/usage/sync/cdr-sync-job.ts';
import { createBenchDatabase, DEFAULT_SERVER_URL, machineFacts, serverUrlOf } from './bench-database.ts';
import { benchRateCard } from './bench-price-list.ts';
import { seedTenant, type SeededTenant } from './bench-tenants.ts';
import { planTenant, type TenantPlan } from './cdr-generator.ts';
import { FR_DID_RANGES, US_DID_RANGES } from './dialling-plans.ts';
import { ingestThenCopy } from './ingestion-versus-copy.ts';
import { measureCallPages, measureCallTotals, sampleFilters } from './call-page-cases.ts';
import { measureCharts } from './chart-cases.ts';
import { measureExportInChild } from './measure-export.ts';
import { printResults, targetVerdicts, type BenchResults } from './bench-results.ts';

const DEFAULTS = { rows: 1_000_000, customers: 2000, days: 90 };

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: String(DEFAULTS.rows) },
    customers: { type: 'string', default: String(DEFAULTS.customers) },
    days: { type: 'string', default: String(DEFAULTS.days) },
    iterations: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
    'totals-iterations': { type: 'string', default: '20' },
    'deep-page': { type: 'string', default: '200' },
    batch: { type: 'string' },
    'sync-workers': { type: 'string', default: String(cdrSyncJob.concurrency ?? 1) },
    seed: { type: 'string', default: '2026' },
    database: { type: 'string', default: 'portal_bench' },
    output: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const positive = (name: string, value: string | undefined) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a whole number above 0 (got "${value}").`);
  return number;
};

const say = (line: string) => process.stdout.write(`${line}\n`);
const progress = (line: string) => process.stdout.write(process.stdout.isTTY ? `\r${line}` : '');

/** Full-size runs are the record (committed); smaller ones go to the ignored bench-results/ folder. */
function outputPath(rows: number, customers: number, days: number): string {
  if (args.output) return path.resolve(args.output);
  const isFullSize = rows === DEFAULTS.rows && customers === DEFAULTS.customers && days === DEFAULTS.days;
  return path.resolve(isFullSize ? 'bench/results/usage-benchmark.json' : `bench-results/usage-benchmark-${rows}-rows.json`);
}

/** The benchmarked partner, and a small second one so every query's partner filter has rows to exclude. */
function planTenants(size: { rows: number; customers: number; days: number; seed: number }, now: Date) {
  const main = planTenant(
    { slug: 'bench', name: 'Benchmark Telecom', currency: 'USD', timeZone: 'America/New_York', connections: 2, ...size, didRanges: US_DID_RANGES },
    now,
  );
  const other = planTenant(
    {
      slug: 'other',
      name: 'Other Voice',
      currency: 'EUR',
      timeZone: 'Europe/Paris',
      connections: 1,
      customers: Math.max(5, Math.round(size.customers / 100)),
      rows: Math.max(100, Math.round(size.rows / 100)),
      days: size.days,
      seed: size.seed + 1,
      didRanges: FR_DID_RANGES,
    },
    now,
  );
  return { main, other };
}

type Timing = { warmup: number; iterations: number };

/** Pages, totals and charts in this process, one at a time; the export in a child process. */
async function measureReads(databaseUrl: string, plan: TenantPlan, tenant: SeededTenant, options: { timing: Timing; totalsTiming: Timing; deepPage: number }) {
  const { timing, totalsTiming, deepPage } = options;
  const samples = sampleFilters(plan, tenant);
  say(`timing CDR pages (${timing.iterations} runs after ${timing.warmup} warm-up; deep = page ${deepPage}, or the last when there are fewer)`);
  const pages = await measureCallPages(tenant.scope, samples, timing, deepPage);
  say(`timing totals (${totalsTiming.iterations} runs after ${totalsTiming.warmup} warm-up)`);
  const totals = await measureCallTotals(tenant.scope, samples, totalsTiming);
  say('timing chart queries');
  const charts = await measureCharts(tenant.scope, samples, timing);
  say('exporting every call of the partner as CSV in a child process');
  const exported = await measureExportInChild(databaseUrl, tenant.scope, samples.exportFilters);
  return { pages, totals, charts, export: { ...exported, rowsPerSecond: exported.rows / (exported.ms / 1000), expectedRows: plan.rows } };
}

async function main() {
  const rows = positive('rows', args.rows);
  const customers = positive('customers', args.customers);
  const days = positive('days', args.days);
  const timing = { warmup: positive('warmup', args.warmup), iterations: positive('iterations', args.iterations) };
  const totalsTiming = { warmup: 2, iterations: positive('totals-iterations', args['totals-iterations']) };
  // Without --batch, calls are stored in the batches the sync gathers (INGEST_BATCH_CALLS).
  const batchSize = args.batch ? positive('batch', args.batch) : undefined;
  const deepPage = positive('deep-page', args['deep-page']);
  const seed = positive('seed', args.seed);

  const serverUrl = process.env.DATABASE_URL ? serverUrlOf(process.env.DATABASE_URL) : DEFAULT_SERVER_URL;
  say(`creating database ${args.database} on ${new URL(serverUrl).host} and applying migrations`);
  const database = await createBenchDatabase(serverUrl, args.database);
  // The portal's data functions reach the database through DATABASE_URL: point it at ours.
  process.env.DATABASE_URL = database.url;
  const db = systemDb();
  try {
    const machine = await machineFacts(database.url);
    say(`machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB, PostgreSQL ${machine.postgres}, Node ${machine.node}`);

    const now = new Date();
    const { main, other } = planTenants({ rows, customers, days, seed }, now);
    say(`seeding ${main.customers} + ${other.customers} customers with their DIDs`);
    // Providers that list every customer's calls in one stream, in pages of 100 and 1000.
    const mainTenant = await seedTenant(db, main, ['VOBIZ', 'BILLING_PLATFORM']);
    const otherTenant = await seedTenant(db, other, ['VOBIZ']);
    const ingestion = await ingestThenCopy(db, database.url, { main: { plan: main, seeded: mainTenant }, other: { plan: other, seeded: otherTenant } }, { batchSize, workers: positive('sync-workers', args['sync-workers']), say, progress });

    const reads = await measureReads(database.url, main, mainTenant, { timing, totalsTiming, deepPage });

    const results: BenchResults = {
      ranAt: now.toISOString(),
      machine,
      loadAverageAtEnd: os.loadavg().map((load) => Math.round(load * 100) / 100),
      parameters: {
        rows: main.rows,
        otherPartnerRows: other.rows,
        customers: main.customers,
        otherPartnerCustomers: other.customers,
        days,
        seed,
        ...timing,
        totalsIterations: totalsTiming.iterations,
        deepPage,
        priceListPrefixes: benchRateCard('USD').entries.length,
      },
      ingestion,
      ...reads,
      targets: [],
    };
    results.targets = targetVerdicts(results);
    printResults(results, say);
    const file = outputPath(rows, customers, days);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    say(`\nfigures written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await db.$disconnect();
    if (args.keep) say(`kept database ${database.name}: ${database.url}`);
    else await database.drop();
  }
}

runCommand(main);
