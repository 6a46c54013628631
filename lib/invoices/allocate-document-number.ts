import { Prisma } from '../db/client.ts';
import type { ScopedTransaction } from '../wallet/post-ledger-transaction.ts';

export type DocumentKind = 'INV' | 'CN';

const TABLES: Record<DocumentKind, Prisma.Sql> = { INV: Prisma.raw('"Invoice"'), CN: Prisma.raw('"CreditNote"') };
const DIGITS = 6;

/**
 * The partner's next document number of the year, e.g. INV-2026-000123 or CN-2026-000007.
 * A transaction-scoped advisory lock per partner and kind makes concurrent allocations
 * wait for each other, so two documents never get one number; the lock is released when
 * the caller's transaction commits, after the document holding the number is written.
 */
export async function allocateDocumentNumber(tx: ScopedTransaction, partnerId: string, kind: DocumentKind, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`document-number:${kind}:${partnerId}`}))`;
  const prefix = `${kind}-${year}-`;
  // Fixed-width numbers sort as text; the unique (partnerId, number) index serves the lookup.
  const [last] = await tx.$queryRaw<{ number: string }[]>`
    SELECT number FROM ${TABLES[kind]} WHERE "partnerId" = ${partnerId} AND number LIKE ${`${prefix}%`} ORDER BY number DESC LIMIT 1`;
  const next = last ? Number(last.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(DIGITS, '0')}`;
}

/** The year a document issued now carries, in the partner's time zone. */
export function documentYear(timeZone: string, instant: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(instant));
}
