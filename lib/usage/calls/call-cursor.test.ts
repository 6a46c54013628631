import { describe, expect, it } from 'vitest';
import { decodeCallCursor, encodeCallCursor } from './call-cursor.ts';

describe('call cursors', () => {
  it('round-trips a time cursor and a duration cursor', () => {
    const byTime = { sort: 'startedAt', way: 'after', value: '2026-03-10T15:04:05.123Z', id: '987654321' } as const;
    const byDuration = { sort: 'billableSeconds', way: 'before', value: '120', id: '42' } as const;
    expect(decodeCallCursor(encodeCallCursor(byTime), 'startedAt')).toEqual(byTime);
    expect(decodeCallCursor(encodeCallCursor(byDuration), 'billableSeconds')).toEqual(byDuration);
  });

  it('ignores a token made for another sort, edited, or not a token at all', () => {
    const token = encodeCallCursor({ sort: 'startedAt', way: 'after', value: '2026-03-10T15:04:05.123Z', id: '1' });
    expect(decodeCallCursor(token, 'billableSeconds')).toBeNull();
    const tampered = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
    expect(decodeCallCursor(tampered({ s: 'startedAt', w: 'after', v: "2026-03-10'; DROP TABLE", i: '1' }), 'startedAt')).toBeNull();
    expect(decodeCallCursor(tampered({ s: 'billableSeconds', w: 'after', v: '12', i: '1 OR 1=1' }), 'billableSeconds')).toBeNull();
    expect(decodeCallCursor('%%%', 'startedAt')).toBeNull();
    expect(decodeCallCursor(undefined, 'startedAt')).toBeNull();
  });
});
