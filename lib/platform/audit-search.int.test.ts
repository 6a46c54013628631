import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { AUDIT_PAGE_SIZE, parseAuditSearchParams, type AuditSearchQuery } from './audit-search-query';
import { listAuditFilterChoices } from './list-audit-filter-choices';
import type { PlatformScope } from './platform-scope';
import { seedPlatformAdmin } from './platform-test-fixture';
import { searchAuditEvents } from './search-audit-events';

const db = testDb();
let platform: PlatformScope;
let bluewave: string;
let northwind: string;

const query = (filters: Partial<AuditSearchQuery> = {}): AuditSearchQuery => ({ timeZone: 'UTC', page: 1, ...filters });

beforeEach(async () => {
  await resetDatabase();
  platform = await seedPlatformAdmin();
  bluewave = (await db.partner.create({ data: { slug: 'bluewave', name: 'Bluewave', currency: 'EUR' } })).id;
  northwind = (await db.partner.create({ data: { slug: 'northwind', name: 'Northwind', currency: 'USD' } })).id;
});

async function event(data: { partnerId?: string | null; actorEmail?: string; action: string; entityType?: string; entityId?: string; at: string; after?: object }) {
  return db.auditEvent.create({
    data: {
      partnerId: data.partnerId ?? null,
      actorEmail: data.actorEmail ?? null,
      action: data.action,
      entityType: data.entityType ?? 'Partner',
      entityId: data.entityId ?? null,
      createdAt: new Date(data.at),
      after: data.after,
    },
  });
}

describe('searchAuditEvents filters', () => {
  beforeEach(async () => {
    await event({ partnerId: bluewave, actorEmail: 'root@platform.test', action: 'partner.suspend', entityId: bluewave, at: '2026-03-01T23:30:00Z', after: { reason: 'Unpaid' } });
    await event({ partnerId: bluewave, actorEmail: 'admin@bluewave.test', action: 'auth.sign_in', entityType: 'User', entityId: 'u1', at: '2026-03-01T10:00:00Z' });
    await event({ partnerId: northwind, actorEmail: 'Staff@Northwind.test', action: 'wallet.fund', entityType: 'Customer', entityId: 'c9', at: '2026-03-02T12:00:00Z' });
    await event({ partnerId: null, actorEmail: 'root@platform.test', action: 'job.retry', entityType: 'Job', entityId: 'j1', at: '2026-03-03T08:00:00Z' });
  });

  const actions = async (filters: Partial<AuditSearchQuery>) => (await searchAuditEvents(platform, query(filters))).items.map((item) => item.action);

  it('lists every partner’s events and the platform’s own, newest first, with the partner’s name', async () => {
    const page = await searchAuditEvents(platform, query());
    expect(page.items.map((item) => item.action)).toEqual(['job.retry', 'wallet.fund', 'partner.suspend', 'auth.sign_in']);
    expect(page.items[0]!.partner).toBeNull();
    expect(page.items[2]).toMatchObject({ partner: { id: bluewave, name: 'Bluewave' }, after: { reason: 'Unpaid' } });
    expect(page.total).toBe(4);
  });

  it('filters by partner, actor (any case, part of the address), action, free text, entity type and id', async () => {
    expect(await actions({ partnerId: bluewave })).toEqual(['partner.suspend', 'auth.sign_in']);
    expect(await actions({ actorEmail: 'staff@northwind' })).toEqual(['wallet.fund']);
    expect(await actions({ action: 'partner.suspend' })).toEqual(['partner.suspend']);
    expect(await actions({ text: 'SUSP' })).toEqual(['partner.suspend']);
    expect(await actions({ action: 'partner.suspend', text: 'fund' })).toEqual([]);
    expect(await actions({ entityType: 'Customer', entityId: 'c9' })).toEqual(['wallet.fund']);
    expect(await actions({ entityId: 'nothing' })).toEqual([]);
  });

  it('reads the date range as whole days in the viewer’s time zone', async () => {
    // 2026-03-01T23:30Z is already March 2nd in Paris.
    expect(await actions({ from: '2026-03-01', to: '2026-03-01', timeZone: 'UTC' })).toEqual(['partner.suspend', 'auth.sign_in']);
    expect(await actions({ from: '2026-03-01', to: '2026-03-01', timeZone: 'Europe/Paris' })).toEqual(['auth.sign_in']);
    expect(await actions({ from: '2026-03-02', to: '2026-03-02', timeZone: 'Europe/Paris' })).toEqual(['wallet.fund', 'partner.suspend']);
    expect(await actions({ from: '2026-03-03' })).toEqual(['job.retry']);
  });

  it('offers the partners, actions and entity types recorded so far', async () => {
    expect(await listAuditFilterChoices(platform)).toEqual({
      partners: [
        { id: bluewave, name: 'Bluewave' },
        { id: northwind, name: 'Northwind' },
      ],
      actions: ['auth.sign_in', 'job.retry', 'partner.suspend', 'wallet.fund'],
      entityTypes: ['Customer', 'Job', 'Partner', 'User'],
    });
  });
});

describe('searchAuditEvents paging', () => {
  it('walks every event exactly once forwards and backwards, even events of the same millisecond', async () => {
    const base = Date.parse('2026-03-01T00:00:00Z');
    // 130 events, three to a millisecond: the id decides their order.
    await db.auditEvent.createMany({
      data: Array.from({ length: 130 }, (_, index) => ({ partnerId: bluewave, action: 'auth.sign_in', entityType: 'User', createdAt: new Date(base + Math.floor(index / 3)) })),
    });
    const expected = (await db.auditEvent.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })).map((row) => row.id);

    const pages = [await searchAuditEvents(platform, query())];
    while (pages.at(-1)!.nextCursor) {
      const last = pages.at(-1)!;
      pages.push(await searchAuditEvents(platform, query({ cursor: last.nextCursor!, page: last.page + 1 })));
    }
    expect(pages.map((page) => [page.page, page.items.length])).toEqual([
      [1, AUDIT_PAGE_SIZE],
      [2, AUDIT_PAGE_SIZE],
      [3, 30],
    ]);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(expected);
    expect(pages[0]!.previousCursor).toBeNull();

    const back = await searchAuditEvents(platform, query({ cursor: pages[2]!.previousCursor!, page: 2 }));
    expect(back.items.map((item) => item.id)).toEqual(pages[1]!.items.map((item) => item.id));
    const first = await searchAuditEvents(platform, query({ cursor: back.previousCursor!, page: 1 }));
    expect(first.items.map((item) => item.id)).toEqual(pages[0]!.items.map((item) => item.id));
    expect(first).toMatchObject({ page: 1, previousCursor: null });
  });

  it('starts at the newest events for a cursor it did not make', async () => {
    await event({ partnerId: bluewave, action: 'auth.sign_in', at: '2026-03-01T00:00:00Z' });
    const page = await searchAuditEvents(platform, query({ cursor: 'not-a-cursor', page: 4 }));
    expect(page).toMatchObject({ page: 1, total: 1, previousCursor: null, nextCursor: null });
  });
});

describe('parseAuditSearchParams', () => {
  it('keeps valid filters and reports invalid ones under their field', () => {
    const { query: parsed, fieldErrors } = parseAuditSearchParams({ partner: 'p1', from: '2026-02-30', to: '2026-03-05', q: ' suspend ', tz: 'Europe/Paris' });
    expect(fieldErrors).toEqual({ from: ['Enter a date such as 2026-03-01.'] });
    expect(parsed).toMatchObject({ partnerId: 'p1', from: undefined, to: '2026-03-05', text: 'suspend', timeZone: 'Europe/Paris', page: 1 });
  });

  it('refuses a range that ends before it starts, and falls back to UTC for an unknown zone', () => {
    const { query: parsed, fieldErrors } = parseAuditSearchParams({ from: '2026-03-05', to: '2026-03-01', tz: 'Nowhere/Land' });
    expect(fieldErrors).toEqual({ to: ['The end date is before the start date.'] });
    expect(parsed).toMatchObject({ from: '2026-03-05', to: undefined, timeZone: 'UTC' });
  });
});
