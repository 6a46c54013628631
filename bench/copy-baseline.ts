import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * PostgreSQL's own bulk-load speed for the rows the ingestion just wrote: the Cdr table is
 * copied out to a file (not timed), emptied, and loaded again with COPY FROM STDIN (timed),
 * into the same table with the same indexes. The rollups stay as the ingestion left them,
 * so afterwards the database holds exactly what the sync produced.
 */
export type CopyResult = { rows: number; ms: number; rowsPerSecond: number; bytes: number };

/** Best effort: a non-superuser cannot CHECKPOINT, and the comparison still holds without it. */
export async function checkpoint(client: pg.Client): Promise<void> {
  try {
    await client.query('CHECKPOINT');
  } catch {
    // Left to the server's own schedule.
  }
}

export async function copyBaseline(url: string): Promise<CopyResult> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'portal-bench-'));
  const file = path.join(folder, 'cdr.copy');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await pipeline(client.query(copyTo('COPY "Cdr" TO STDOUT')), createWriteStream(file));
    await client.query('TRUNCATE "Cdr"');
    await checkpoint(client);

    const started = performance.now();
    const load = client.query(copyFrom('COPY "Cdr" FROM STDIN'));
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), load);
    const ms = performance.now() - started;
    return { rows: load.rowCount, ms, rowsPerSecond: load.rowCount / (ms / 1000), bytes: (await stat(file)).size };
  } finally {
    await client.end();
    await rm(folder, { recursive: true, force: true });
  }
}
