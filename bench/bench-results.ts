import type { MachineFacts } from './bench-database.ts';
import type { CopyResult } from './copy-baseline.ts';
import type { ExportProbeResult } from './export-probe.ts';
import type { ConnectionIngestion } from './ingest-phase.ts';
import type { Latency } from './latency.ts';
import { ms, textTable, thousands, verdict } from './text-table.ts';

/** Everything one run measured: the JSON record and the source of the printed tables. */
export type PageFigure = { case: string; page: number; rowsOnPage: number; latency: Latency };
export type TotalsFigure = { case: string; calls: number; latency: Latency };
export type ChartFigure = { chart: string; scope: 'partner' | 'customer'; period: string; latency: Latency };
export type TargetVerdict = { target: string; value: string; met: boolean };

export type BenchResults = {
  ranAt: string;
  machine: MachineFacts;
  /** Load averages when the measurements ended (the start's are in `machine`). */
  loadAverageAtEnd: number[];
  parameters: Record<string, number>;
  ingestion: IngestionFigures;
  pages: PageFigure[];
  totals: TotalsFigure[];
  charts: ChartFigure[];
  export: ExportProbeResult & { rowsPerSecond: number; expectedRows: number };
  targets: TargetVerdict[];
};

export type IngestionFigures = {
  rows: number;
  inserted: number;
  skipped: number;
  batches: number;
  /** How many connections were stored side by side, as the job runner's sync workers do. */
  workers: number;
  /** Time inside ingestCalls only (rounds of side-by-side batches, until the slowest is stored). */
  ms: number;
  rowsPerSecond: number;
  byConnection: ConnectionIngestion[];
  copy: CopyResult;
};

export function ingestionFigures(byConnection: ConnectionIngestion[], ms: number, workers: number, copy: CopyResult): IngestionFigures {
  const sum = (field: 'rows' | 'inserted' | 'skipped' | 'batches') => byConnection.reduce((total, figure) => total + figure[field], 0);
  return { rows: sum('rows'), inserted: sum('inserted'), skipped: sum('skipped'), batches: sum('batches'), workers, ms, rowsPerSecond: sum('inserted') / (ms / 1000), byConnection, copy };
}

/** The targets on a 2-core machine. */
export const TARGETS = { ingestionShareOfCopy: 0.4, p95Ms: 50, exportRowsPerSecond: 100_000, exportRssMb: 300 };

const worst = <T>(items: T[], value: (item: T) => number) => items.reduce((a, b) => (value(b) > value(a) ? b : a));

export function targetVerdicts(results: BenchResults): TargetVerdict[] {
  const share = results.ingestion.rowsPerSecond / results.ingestion.copy.rowsPerSecond;
  const slowestPage = worst(results.pages, (page) => page.latency.p95);
  const slowestChart = worst(results.charts, (chart) => chart.latency.p95);
  const exported = results.export;
  return [
    { target: `ingestion ≥ ${TARGETS.ingestionShareOfCopy * 100}% of COPY's rate`, value: `${(share * 100).toFixed(1)}%`, met: share >= TARGETS.ingestionShareOfCopy },
    { target: `every CDR page p95 ≤ ${TARGETS.p95Ms} ms`, value: `worst ${ms(slowestPage.latency.p95)} ms (${slowestPage.case}, page ${slowestPage.page})`, met: slowestPage.latency.p95 <= TARGETS.p95Ms },
    { target: `every chart query p95 ≤ ${TARGETS.p95Ms} ms`, value: `worst ${ms(slowestChart.latency.p95)} ms (${slowestChart.chart}, ${slowestChart.scope}, ${slowestChart.period})`, met: slowestChart.latency.p95 <= TARGETS.p95Ms },
    { target: `export ≥ ${thousands(TARGETS.exportRowsPerSecond)} rows/s`, value: `${thousands(exported.rowsPerSecond)} rows/s`, met: exported.rowsPerSecond >= TARGETS.exportRowsPerSecond },
    { target: `export peak RSS < ${TARGETS.exportRssMb} MB`, value: `${exported.maxRssMb.toFixed(0)} MB`, met: exported.maxRssMb < TARGETS.exportRssMb },
    { target: 'export holds every call of the partner', value: `${thousands(exported.rows)} of ${thousands(exported.expectedRows)} rows`, met: exported.rows === exported.expectedRows },
  ];
}

export function printResults(results: BenchResults, say: (line: string) => void): void {
  const { machine, parameters: p, ingestion, copy } = { ...results, copy: results.ingestion.copy };
  say('');
  say(`Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, Node ${machine.node}`);
  say(`Load average (1, 5, 15 min) at the start ${machine.loadAverage.join(', ')}, at the end ${results.loadAverageAtEnd.join(', ')}`);
  say(`PostgreSQL ${machine.postgres}: shared_buffers ${machine.sharedBuffers}, work_mem ${machine.workMem}, wal_level ${machine.walLevel}, synchronous_commit ${machine.synchronousCommit}`);
  say(
    `Data: ${thousands(p.rows!)} calls of ${thousands(p.customers!)} customers over ${p.days} days (+ ${thousands(p.otherPartnerRows!)} calls of ${p.otherPartnerCustomers} customers of a second partner); ` +
      `price list of ${p.priceListPrefixes} prefixes`,
  );

  const share = ingestion.rowsPerSecond / copy.rowsPerSecond;
  say(`\nIngestion (same rows, same table and indexes); ingestCalls with ${ingestion.workers} sync worker${ingestion.workers === 1 ? '' : 's'} side by side`);
  say(
    textTable(
      ['path', 'rows', 'batches', 'seconds', 'rows/s'],
      [
        ...ingestion.byConnection.map((figure) => [
          `  ${figure.partner}: ${figure.kind}, pages of ${figure.pageSize} in batches of ≤ ${figure.batchSize}`,
          thousands(figure.inserted),
          thousands(figure.batches),
          '',
          '',
        ]),
        ['ingestCalls (map, rate, insert, update rollups)', thousands(ingestion.inserted), thousands(ingestion.batches), (ingestion.ms / 1000).toFixed(1), thousands(ingestion.rowsPerSecond)],
        ['COPY FROM STDIN into Cdr', thousands(copy.rows), '1', (copy.ms / 1000).toFixed(1), thousands(copy.rowsPerSecond)],
        [`ingestion / COPY (target ≥ ${TARGETS.ingestionShareOfCopy * 100}%)`, '', '', '', `${(share * 100).toFixed(1)}%`],
      ],
    ),
  );

  say(`\nCDR pages: listCalls, ${p.iterations} runs each (target p95 ≤ ${TARGETS.p95Ms} ms)`);
  say(
    textTable(
      ['case', 'page', 'rows', 'p50 ms', 'p95 ms', 'max ms', ''],
      results.pages.map((page) => [page.case, String(page.page), String(page.rowsOnPage), ms(page.latency.p50), ms(page.latency.p95), ms(page.latency.max), verdict(page.latency.p95 <= TARGETS.p95Ms)]),
    ),
  );

  say(`\nTotals of the filtered set: getCallTotals, ${p.totalsIterations} runs each (shown with the page; compared with the same ${TARGETS.p95Ms} ms)`);
  say(
    textTable(
      ['case', 'calls', 'p50 ms', 'p95 ms', 'max ms', ''],
      results.totals.map((total) => [total.case, thousands(total.calls), ms(total.latency.p50), ms(total.latency.p95), ms(total.latency.max), total.latency.p95 <= TARGETS.p95Ms ? 'within' : 'over']),
    ),
  );

  say(`\nChart queries on the rollups, ${p.iterations} runs each (target p95 ≤ ${TARGETS.p95Ms} ms)`);
  say(
    textTable(
      ['chart', 'scope', 'period', 'p50 ms', 'p95 ms', 'max ms', ''],
      results.charts.map((chart) => [chart.chart, chart.scope, chart.period, ms(chart.latency.p50), ms(chart.latency.p95), ms(chart.latency.max), verdict(chart.latency.p95 <= TARGETS.p95Ms)]),
    ),
  );

  const exported = results.export;
  say('\nCSV export of every call of the partner: exportCalls in a separate process');
  say(
    textTable(
      ['rows', 'MB', 'seconds', 'rows/s', 'CPU s (probe)', 'RSS ready MB', 'peak RSS MB'],
      [
        [
          thousands(exported.rows),
          (exported.bytes / 1024 ** 2).toFixed(1),
          (exported.ms / 1000).toFixed(1),
          thousands(exported.rowsPerSecond),
          (exported.cpuMs / 1000).toFixed(1),
          exported.rssBeforeMb.toFixed(0),
          exported.maxRssMb.toFixed(0),
        ],
      ],
    ),
  );

  say('\nTargets');
  say(textTable(['target', 'measured', ''], results.targets.map((target) => [target.target, target.value, verdict(target.met)])));
}
