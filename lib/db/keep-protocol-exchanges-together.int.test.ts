import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ inMemory: true, port: 0 });
});
afterAll(async () => {
  await embedded.stop();
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  return client;
}

it('keeps each connection’s parameterised queries whole while other connections send large ones at the same time', async () => {
  const clients = await Promise.all([connect(), connect(), connect()]);
  const wrong: string[] = [];
  // Each connection its own statement text: a Bind that ran against another connection's Parse shows.
  const hammer = async (client: pg.Client, tag: number, values: number) => {
    const list = Array.from({ length: values }, (_, index) => `value-${index}-${tag}`);
    for (let round = 0; round < 40; round++) {
      const result = await client.query(`SELECT $1::int * 10 + $2::int AS v, cardinality($3::text[]) AS n, ${tag} AS t${tag}`, [round, tag, list]);
      const row = result.rows[0] as Record<string, number>;
      if (row.v !== round * 10 + tag || row.n !== values || row[`t${tag}`] !== tag) wrong.push(`${tag}/${round}`);
    }
  };
  try {
    await Promise.all([hammer(clients[0]!, 1, 20_000), hammer(clients[1]!, 2, 1), hammer(clients[2]!, 3, 20_000)]);
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  expect(wrong).toEqual([]);
}, 120_000);

it('keeps a transaction to its connection until it ends, while another connection waits', async () => {
  const [a, b] = await Promise.all([connect(), connect()]);
  try {
    await a.query('CREATE TABLE counter (n int)');
    await a.query('BEGIN');
    await a.query('INSERT INTO counter VALUES (1)');
    let seenByB: number | null = null;
    const reading = b.query('SELECT count(*)::int AS n FROM counter').then((result) => {
      seenByB = (result.rows[0] as { n: number }).n;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seenByB).toBeNull();
    await a.query('COMMIT');
    await reading;
    expect(seenByB).toBe(1);
  } finally {
    await Promise.all([a.end(), b.end()]);
  }
});
