// Child process of the usage benchmark: exports calls as CSV through exportCalls, reading
// the stream the way a download route does, and prints one JSON line with the row count,
// the time and this process's peak resident memory. Running alone keeps the generator's
// and the parent's memory out of the figure.
//
//   DATABASE_URL=… node --import tsx bench/export-probe.ts '<scope JSON>' '<filters JSON>'
import { performance } from 'node:perf_hooks';
import { systemDb } from '../lib/db/client.ts';
import { runCommand } from '../lib/cli/run-command.ts';
import type { CallScope } from '../lib/usage/calls/call-scope.ts';
import { callFiltersSchema } from '../lib/usage/calls/call-filters.ts';
import { exportCalls } from '../lib/usage/calls/export-calls.ts';

/** `cpuMs`: this process's own CPU time during the export, which other work on the machine does not inflate. */
export type ExportProbeResult = { rows: number; bytes: number; ms: number; cpuMs: number; rssBeforeMb: number; maxRssMb: number };

const NEWLINE = 0x0a;

async function main() {
  const scope = JSON.parse(process.argv[2] ?? '') as CallScope;
  const filters = callFiltersSchema.parse(JSON.parse(process.argv[3] ?? '{}'));
  // A serving process has its database client loaded already: the baseline includes it.
  await systemDb().partner.findFirst({ select: { id: true } });
  const rssBeforeMb = process.memoryUsage().rss / 1024 ** 2;

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const reader = exportCalls(scope, filters, 'csv').getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let at = value.indexOf(NEWLINE); at !== -1; at = value.indexOf(NEWLINE, at + 1)) lines += 1;
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);

  // maxRSS is in kilobytes: the peak over the process's life, export included.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  // The first line is the header.
  const result: ExportProbeResult = { rows: lines - 1, bytes, ms, cpuMs: (cpu.user + cpu.system) / 1000, rssBeforeMb, maxRssMb };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await systemDb().$disconnect();
}

runCommand(main);
