import type { Prisma, PrismaClient } from '../db/client.ts';

/**
 * Every column that holds values from encryptSecret. Key rotation re-encrypts exactly
 * these, so a new secret column is one more line in SECRET_COLUMNS. The names are checked
 * against the Prisma models; the SQL below assumes the schema does not @@map/@map them and
 * that the table's key column is "id".
 */
export interface SecretColumn {
  table: string;
  column: string;
  label: string;
}

type Scalars<M extends Prisma.ModelName> = Prisma.TypeMap['model'][M]['payload']['scalars'];
type TextField<M extends Prisma.ModelName> = {
  [F in keyof Scalars<M>]: Scalars<M>[F] extends string | null ? F : never;
}[keyof Scalars<M>] &
  string;

function secretColumn<M extends Prisma.ModelName>(table: M, column: TextField<M>): SecretColumn {
  return { table, column, label: `${table}.${column}` };
}

export const SECRET_COLUMNS: readonly SecretColumn[] = [
  secretColumn('ProviderConnection', 'secretsEnc'),
  secretColumn('Customer', 'authTokenEnc'),
];

/** What these queries need: the shared client or a transaction's. */
export type RawQueryClient = Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;

// Identifiers come from SECRET_COLUMNS only, never from input; values are always bound.
function names({ table, column }: SecretColumn): { table: string; column: string } {
  return { table: `"${table}"`, column: `"${column}"` };
}

// The key id is the second dot-separated part of a value (format in secret-box.ts).
const KEY_ID_SQL = (column: string) => `split_part(${column}, '.', 2)`;

export interface StoredSecret {
  id: string;
  value: string;
}

/** A page of values not sealed under keyId, in id order after afterId. */
export function listSecretsNotUnderKey(
  db: RawQueryClient,
  secret: SecretColumn,
  keyId: string,
  afterId: string,
  limit: number,
): Promise<StoredSecret[]> {
  const { table, column } = names(secret);
  return db.$queryRawUnsafe<StoredSecret[]>(
    `SELECT "id", ${column} AS "value" FROM ${table}
     WHERE ${column} IS NOT NULL AND "id" > $1 AND ${KEY_ID_SQL(column)} <> $2
     ORDER BY "id" LIMIT $3`,
    afterId,
    keyId,
    limit,
  );
}

/**
 * Replaces a value only if it is still the one that was read, so a write made meanwhile
 * by the running portal is never overwritten. False when the row changed or is gone.
 */
export async function replaceSecretIfUnchanged(
  db: RawQueryClient,
  secret: SecretColumn,
  id: string,
  expected: string,
  replacement: string,
): Promise<boolean> {
  const { table, column } = names(secret);
  const updated = await db.$executeRawUnsafe(
    `UPDATE ${table} SET ${column} = $1 WHERE "id" = $2 AND ${column} = $3`,
    replacement,
    id,
    expected,
  );
  return updated === 1;
}

/** How many stored values name each key id, over all secret columns. */
export async function countSecretsByKey(db: RawQueryClient): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const secret of SECRET_COLUMNS) {
    const { table, column } = names(secret);
    const rows = await db.$queryRawUnsafe<{ keyId: string; count: number }[]>(
      `SELECT ${KEY_ID_SQL(column)} AS "keyId", count(*)::int AS "count" FROM ${table}
       WHERE ${column} IS NOT NULL GROUP BY 1`,
    );
    for (const row of rows) counts.set(row.keyId, (counts.get(row.keyId) ?? 0) + Number(row.count));
  }
  return counts;
}
