import { REDACTED_KEYS } from '../log/logger.ts';

const SECRET_KEYS = new Set<string>(REDACTED_KEYS.map((key) => key.toLowerCase()));
// Beyond the logger's list: anything whose name says it could hold a credential.
const SECRET_NAME = /secret|password|token|credential|api[-_]?key|private|Enc$/i;
const MAX_VALUE = 60;
const MAX_FIELDS = 8;
const MAX_ERROR = 1000;

export type JobDataField = { key: string; value: string };

function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase()) || SECRET_NAME.test(key);
}

function shortValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.length} ${value.length === 1 ? 'item' : 'items'}]`;
  if (typeof value === 'object') return '{…}';
  const text = String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/**
 * A job's payload as a few "key: value" facts: top-level scalars only, long values cut,
 * and any field whose name could hold a secret left out, whatever its value.
 */
export function summarizeJobData(data: unknown): JobDataField[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) return [{ key: 'value', value: shortValue(data) }];
  return Object.entries(data as Record<string, unknown>)
    .filter(([key]) => !isSecretKey(key))
    .slice(0, MAX_FIELDS)
    .map(([key, value]) => ({ key, value: shortValue(value) }));
}

/**
 * What a failed job's output says went wrong. pg-boss stores the thrown error serialized
 * (name, message, stack and any own fields); only the name and message are shown, since
 * the other fields are not written for readers and could carry request details.
 */
export function jobErrorMessage(output: unknown): string | null {
  if (output === null || output === undefined) return null;
  let text: string;
  if (typeof output === 'object' && !Array.isArray(output)) {
    const record = output as Record<string, unknown>;
    const inner = record.value;
    if (typeof record.message === 'string') {
      const name = typeof record.name === 'string' && record.name !== 'Error' ? `${record.name}: ` : '';
      text = `${name}${record.message}`;
    } else if (typeof inner === 'string') text = inner;
    else if (inner && typeof inner === 'object' && typeof (inner as Record<string, unknown>).message === 'string') text = String((inner as Record<string, unknown>).message);
    else return null;
  } else text = String(output);
  return text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR - 1)}…` : text;
}
