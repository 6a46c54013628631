import pg from 'pg';

/** PostgreSQL could not be reached; the message is one line meant for a terminal. */
export class DatabaseUnreachable extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
    readonly reason: string,
  ) {
    super(`Cannot connect to PostgreSQL at ${host}:${port} (${reason})`);
    this.name = 'DatabaseUnreachable';
  }
}

const DEFAULT_TIMEOUT_MS = 5000;

const REASON_BY_CODE: Record<string, string> = {
  ECONNREFUSED: 'connection refused: is PostgreSQL running?',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'timed out',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
};

/** Host and port as a person would write them; for a socket path the path stands in for the host. */
export function databaseAddress(url: string): { host: string; port: number } {
  const socketHost = /[?&]host=([^&]+)/.exec(url)?.[1];
  let host = 'localhost';
  let port = 5432;
  try {
    const parsed = new URL(url);
    host = decodeURIComponent(parsed.hostname.replace(/^\[|\]$/g, '')) || host;
    port = parsed.port ? Number(parsed.port) : port;
  } catch {
    // A socket URL such as postgresql://user@/db?host=/run/postgresql is no WHATWG URL.
  }
  return { host: socketHost ? decodeURIComponent(socketHost) : host, port };
}

function reasonFor(error: unknown, timeoutMs: number): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code && REASON_BY_CODE[code]) return REASON_BY_CODE[code];
  if (message && /timeout/i.test(message)) return `no answer within ${timeoutMs / 1000}s`;
  // Server-side refusals (wrong password, missing database) carry a readable message.
  return (message ?? String(error)).split('\n')[0]!.trim() || 'unknown error';
}

/** Opens and closes one connection; throws DatabaseUnreachable when that fails. */
export async function assertDatabaseReachable(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A failed connection can also emit 'error'; without a listener that would crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { host, port } = databaseAddress(url);
    throw new DatabaseUnreachable(host, port, reasonFor(error, timeoutMs));
  } finally {
    await client.end().catch(() => {});
  }
}
