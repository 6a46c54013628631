import type pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, type SqlQuery, type SqlResultSet } from '@prisma/driver-adapter-utils';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[] };
// The adapter-pg (7.10) internals wrapped below: the pg call, the column-type mapping on
// top of it, the script runner and the error conversion.
type PgQueryable = {
  performIO(query: SqlQuery): Promise<PgResult>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
  executeScript?: (script: string) => Promise<void>;
  onError(error: unknown): never;
  startTransaction?: (...args: unknown[]) => Promise<unknown>;
};

/**
 * The schema engine reads catalog columns of PostgreSQL's one-byte "char" type (such as
 * pg_constraint.contype) and expects them typed as Character, which adapter-pg rejects.
 * They reach the adapter as text, then get the Character type back on the result; the
 * result's rows are the key, so interleaved queries cannot mix up their columns.
 */
function describeCharColumns(target: PgQueryable): void {
  const charColumnsByRows = new WeakMap<unknown[], number[]>();

  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = result.fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
    if (charColumns.length > 0) {
      for (const index of charColumns) result.fields[index]!.dataTypeID = PG_TEXT_OID;
      charColumnsByRows.set(result.rows, charColumns);
    }
    return result;
  };

  const queryRaw = target.queryRaw.bind(target);
  target.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };

  const startTransaction = target.startTransaction?.bind(target);
  if (startTransaction) {
    target.startTransaction = async (...args) => {
      const transaction = await startTransaction(...args);
      describeCharColumns(transaction as PgQueryable);
      return transaction;
    };
  }
}

/** A PrismaPg factory for the schema engine, on a pool of one connection the caller owns and ends. */
export class SchemaEnginePgFactory extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  async connect(): Promise<Awaited<ReturnType<PrismaPg['connect']>>> {
    const adapter = await super.connect();
    const target = adapter as unknown as PgQueryable;
    describeCharColumns(target);
    // adapter-pg splits scripts on every ";", which breaks strings and function bodies and
    // runs a migration statement by statement. PostgreSQL runs a multi-statement query
    // atomically, as `prisma migrate deploy` relies on, so the script goes in whole.
    target.executeScript = async (script) => {
      try {
        await this.pool.query(script);
      } catch (error) {
        target.onError(error);
      }
    };
    return adapter;
  }
}
