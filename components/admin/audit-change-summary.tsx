import type { Prisma } from '@/lib/db/client';

const MAX_VALUE = 80;
const SHOWN = 4;

function valueText(value: Prisma.JsonValue | undefined): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function asRecord(value: Prisma.JsonValue): Record<string, Prisma.JsonValue> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : null;
}

type Line = { key: string; before?: string; after?: string };

function linesOf(before: Prisma.JsonValue, after: Prisma.JsonValue): Line[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => ({
    key,
    before: b && key in b ? valueText(b[key]) : undefined,
    after: a && key in a ? valueText(a[key]) : undefined,
  }));
}

function LineItem({ line }: { line: Line }) {
  const changed = line.before !== undefined && line.after !== undefined && line.before !== line.after;
  return (
    <li className="[overflow-wrap:anywhere]">
      <span className="text-muted-foreground">{line.key}:</span>{' '}
      {changed ? (
        <>
          <del className="text-muted-foreground">{line.before}</del> <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span> <ins className="no-underline">{line.after}</ins>
        </>
      ) : (
        <span>{line.after ?? line.before}</span>
      )}
    </li>
  );
}

/**
 * An audit event's before/after summaries as short "key: old → new" lines (the summaries
 * never hold secrets: lib/audit strips them). Long ones fold behind "more".
 */
export function AuditChangeSummary({ before, after }: { before: Prisma.JsonValue; after: Prisma.JsonValue }) {
  const lines = linesOf(before, after);
  if (lines.length === 0) return <span className="text-xs text-muted-foreground">No details</span>;
  return (
    <div className="font-mono text-xs">
      <ul className="space-y-0.5">
        {lines.slice(0, SHOWN).map((line) => (
          <LineItem key={line.key} line={line} />
        ))}
      </ul>
      {lines.length > SHOWN ? (
        <details className="mt-0.5">
          <summary className="cursor-pointer rounded-sm font-sans text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring">
            {lines.length - SHOWN} more
          </summary>
          <ul className="mt-0.5 space-y-0.5">
            {lines.slice(SHOWN).map((line) => (
              <LineItem key={line.key} line={line} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
