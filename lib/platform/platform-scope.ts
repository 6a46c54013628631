import type { Scope } from '../tenancy/scope.ts';

export type PlatformScope = Extract<Scope, { area: 'platform' }>;

export class PlatformOnly extends Error {
  constructor(what: string) {
    super(`Only platform admins can ${what}.`);
    this.name = 'PlatformOnly';
  }
}

/**
 * The types already demand a platform scope; this check holds when a caller gets around
 * them (a cast, plain JavaScript), since these services reach every partner's data.
 */
export function assertPlatformScope(scope: Scope, what: string): asserts scope is PlatformScope {
  if (scope.area !== 'platform' || scope.role !== 'PLATFORM_ADMIN') throw new PlatformOnly(what);
}
