import { describe, expect, it } from 'vitest';
import { decodeCustomerCursor, encodeCustomerCursor, keysetWhere } from './customer-list-cursor';

describe('customer list cursors', () => {
  it('round-trip through their URL token', () => {
    const cursor = { sort: 'balance', way: 'after', value: '-12.50000', id: 'c1' } as const;
    expect(decodeCustomerCursor(encodeCustomerCursor(cursor), 'balance')).toEqual(cursor);
  });

  it('are ignored when edited, broken or made for another sort', () => {
    expect(decodeCustomerCursor('not-a-token', 'name')).toBeNull();
    expect(decodeCustomerCursor(encodeCustomerCursor({ sort: 'name', way: 'after', value: 'A', id: 'c1' }), 'created')).toBeNull();
    expect(decodeCustomerCursor(encodeCustomerCursor({ sort: 'balance', way: 'after', value: '1e9; drop', id: 'c1' }), 'balance')).toBeNull();
    expect(decodeCustomerCursor(encodeCustomerCursor({ sort: 'created', way: 'after', value: 'yesterday', id: 'c1' }), 'created')).toBeNull();
  });

  it('bound the sort column by the index range and break ties on the id', () => {
    expect(keysetWhere({ sort: 'name', way: 'after', value: 'Acme', id: 'c9' }, 'asc')).toEqual({
      AND: [{ name: { gte: 'Acme' } }, { OR: [{ name: { gt: 'Acme' } }, { id: { gt: 'c9' } }] }],
    });
    expect(keysetWhere({ sort: 'created', way: 'before', value: '2026-01-01T00:00:00.000Z', id: 'c9' }, 'desc')).toEqual({
      AND: [
        { createdAt: { lte: new Date('2026-01-01T00:00:00.000Z') } },
        { OR: [{ createdAt: { lt: new Date('2026-01-01T00:00:00.000Z') } }, { id: { lt: 'c9' } }] },
      ],
    });
  });
});
