import type { Scope } from '../../tenancy/scope.ts';

/** Partner staff browse all their customers' calls; a customer browses their own. */
export type CallScope = Extract<Scope, { area: 'partner' | 'customer' }>;

/** The provider's cost and the margin are the partner's business: customers see only their price. */
export function seesCost(scope: CallScope): boolean {
  return scope.area === 'partner';
}
