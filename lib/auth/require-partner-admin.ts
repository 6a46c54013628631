import type { Scope } from '../tenancy/scope.ts';

export type PartnerScope = Extract<Scope, { area: 'partner' }>;

export class NotAllowed extends Error {
  constructor(what: string) {
    super(`Only partner admins can ${what}.`);
    this.name = 'NotAllowed';
  }
}

/** Connections, users and limits are the partner admin's; staff do the day-to-day work. */
export function assertPartnerAdmin(scope: PartnerScope, what: string): void {
  if (scope.role !== 'PARTNER_ADMIN') throw new NotAllowed(what);
}
