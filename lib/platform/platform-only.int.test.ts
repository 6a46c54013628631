import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDb } from '@/test/integration/test-db';
import { createPartner } from '@/lib/partners/create-partner';
import { getPartnerOverview } from '@/lib/partners/get-partner-overview';
import { reactivatePartner } from '@/lib/partners/reactivate-partner';
import { suspendPartner } from '@/lib/partners/suspend-partner';
import type { Scope } from '@/lib/tenancy/scope';
import { getJobQueueOverview, listFailedJobs } from './job-queue';
import { listAuditFilterChoices } from './list-audit-filter-choices';
import { listProviderConnections } from './list-provider-connections';
import { PlatformOnly, type PlatformScope } from './platform-scope';
import { retryFailedJob, type JobQueueControl } from './retry-failed-job';
import { seedPartner, type SeededPartner } from './platform-test-fixture';
import { searchAuditEvents } from './search-audit-events';
import { testProviderConnection } from './test-provider-connection';

const db = testDb();
const ctx = { ip: null };
const unusedControl: JobQueueControl = {
  retry: () => Promise.reject(new Error('not reached')),
  send: () => Promise.reject(new Error('not reached')),
};
let partner: SeededPartner;

beforeEach(async () => {
  await resetDatabase();
  partner = await seedPartner('bluewave');
});

describe('platform services', () => {
  it('refuse partner admins and customers, whatever the types were told, and change nothing', async () => {
    const callers: Scope[] = [
      partner.admin,
      { area: 'customer', role: 'CUSTOMER', userId: partner.customerUserId, email: 'owner@bluewave.test', partnerId: partner.partnerId, customerId: partner.customerIds[0]! },
      // A partner admin's session dressed up as the platform area still lacks the role.
      { ...partner.admin, area: 'platform' } as unknown as Scope,
    ];
    for (const caller of callers) {
      const scope = caller as PlatformScope;
      const calls: Array<() => Promise<unknown>> = [
        () => createPartner(scope, { name: 'Evil', currency: 'USD', timeZone: 'UTC', adminName: 'E', adminEmail: 'e@evil.test' }, ctx),
        () => suspendPartner(scope, partner.partnerId, 'Taking over', ctx),
        () => reactivatePartner(scope, partner.partnerId, ctx),
        () => getPartnerOverview(scope, partner.partnerId),
        () => listProviderConnections(scope),
        () => testProviderConnection(scope, partner.connectionId, ctx),
        () => searchAuditEvents(scope, { timeZone: 'UTC', page: 1 }),
        () => listAuditFilterChoices(scope),
        () => getJobQueueOverview(scope),
        () => listFailedJobs(scope, {}),
        () => retryFailedJob(scope, unusedControl, { queue: 'q', jobId: '00000000-0000-4000-8000-000000000000' }, ctx),
      ];
      for (const call of calls) await expect(call()).rejects.toThrow(PlatformOnly);
    }
    expect(await db.partner.findMany({ select: { slug: true, status: true } })).toEqual([{ slug: 'bluewave', status: 'ACTIVE' }]);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
