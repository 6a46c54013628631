import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { env, type PortalEnv } from '../config/env.ts';
import { keepProtocolExchangesTogether } from './keep-protocol-exchanges-together.ts';

export const DEFAULT_EMBEDDED_DB_PORT = 54329;
const HOST = '127.0.0.1';
// Several clients may connect (the portal, a migration, a seed). The server feeds their
// protocol messages one by one into PGlite's single session, so two connections querying at
// the same moment can interleave: each client uses a pool of ONE, and load belongs on a server.
const MAX_CONNECTIONS = 8;

/** The embedded database cannot start; the message is one line meant for a terminal. */
export class EmbeddedDatabaseUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDatabaseUnavailable';
  }
}

export type EmbeddedPostgres = {
  /** A postgresql:// URL for pg, PrismaPg and the schema engine. */
  url: string;
  /** Where the data lives, or null when in memory. */
  dataDir: string | null;
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Keep nothing on disk (tests, throw-away shadow databases). */
  inMemory?: boolean;
  /** Defaults to `<PORTAL_DATA_DIR or .data>/pglite`. */
  dataDir?: string;
  /** Defaults to EMBEDDED_DB_PORT or 54329; 0 picks a free port. */
  port?: number;
};

/** The folder for the embedded database and its generated demo secrets. */
export function portalDataDir(config: PortalEnv = env()): string {
  return path.resolve(config.PORTAL_DATA_DIR ?? '.data');
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const dataDirsOpenHere = new Set<string>();

function alreadyInUse(dataDir: string, owner: number): EmbeddedDatabaseUnavailable {
  return new EmbeddedDatabaseUnavailable(
    `The embedded database in ${dataDir} is already in use by process ${owner} (is the portal already running?).`,
  );
}

/** Two PGlite instances writing one folder would corrupt it, so the folder is claimed first. */
function lockDataDir(dataDir: string): () => void {
  if (dataDirsOpenHere.has(dataDir)) throw alreadyInUse(dataDir, process.pid);
  const lockFile = `${dataDir}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(lockFile, 'utf8').trim());
    // Our own pid in the file is a leftover of a crashed earlier run (containers reuse pids).
    if (owner && owner !== process.pid && isProcessAlive(owner)) throw alreadyInUse(dataDir, owner);
    writeFileSync(lockFile, String(process.pid));
  }
  dataDirsOpenHere.add(dataDir);
  return () => {
    dataDirsOpenHere.delete(dataDir);
    rmSync(lockFile, { force: true });
  };
}

async function listen(server: PGLiteSocketServer, port: number): Promise<void> {
  try {
    await server.start();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new EmbeddedDatabaseUnavailable(
        `Port ${port} on ${HOST} is already in use, so the embedded database cannot start (is the portal already running? Set EMBEDDED_DB_PORT to use another port).`,
      );
    }
    throw error;
  }
}

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) and serves it on 127.0.0.1 over the
 * wire protocol. PGlite is ONE session: connect with DATABASE_POOL_MAX=1.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const port = options.port ?? env().EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_DB_PORT;
  const dataDir = options.inMemory ? null : path.resolve(options.dataDir ?? path.join(portalDataDir(), 'pglite'));
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};

  let db: PGlite | undefined;
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    // pg_trgm backs the customer search indexes (see the migrations); PGlite loads contrib extensions on request.
    const extensions = { pg_trgm };
    db = dataDir ? await PGlite.create({ dataDir, extensions }) : await PGlite.create({ extensions });
    const server = new PGLiteSocketServer({ db, host: HOST, port, maxConnections: MAX_CONNECTIONS });
    // The portal and its job workers query at the same time: one connection's query must not split another's.
    keepProtocolExchangesTogether(server);
    await listen(server, port);
    // With port 0 the server reports the port it was given.
    const address = server.getServerConn();
    const pglite = db;
    return {
      url: `postgresql://postgres@${address}/postgres`,
      dataDir,
      async stop() {
        await server.stop();
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    unlock();
    throw error;
  }
}
