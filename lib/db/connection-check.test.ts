import { describe, expect, it } from 'vitest';
import { assertDatabaseReachable, databaseAddress, DatabaseUnreachable } from './connection-check.ts';

describe('assertDatabaseReachable', () => {
  it('reports a closed port as one line naming host and port', async () => {
    const failure = await assertDatabaseReachable('postgresql://postgres@127.0.0.1:1/postgres', 2000).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(DatabaseUnreachable);
    const { message, host, port } = failure as DatabaseUnreachable;
    expect({ host, port }).toEqual({ host: '127.0.0.1', port: 1 });
    expect(message).toMatch(/^Cannot connect to PostgreSQL at 127\.0\.0\.1:1 \(.+\)$/);
    expect(message).not.toContain('\n');
  });
});

describe('databaseAddress', () => {
  it('falls back to PostgreSQL defaults when the URL leaves them out', () => {
    expect(databaseAddress('postgresql://db.internal/portal')).toEqual({ host: 'db.internal', port: 5432 });
    expect(databaseAddress('postgres://u:secret@[::1]:6543/portal')).toEqual({ host: '::1', port: 6543 });
  });

  it('names the socket folder for socket connections', () => {
    expect(databaseAddress('postgresql://postgres@/portal?host=/var/run/postgresql')).toEqual({ host: '/var/run/postgresql', port: 5432 });
  });
});
