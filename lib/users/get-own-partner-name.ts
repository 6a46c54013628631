import type { PartnerScope } from '../auth/require-partner-admin.ts';
import { scopedDb } from '../tenancy/scoped-db.ts';

/** The name of the caller's partner, for page titles. */
export async function getOwnPartnerName(scope: PartnerScope): Promise<string> {
  const partner = await scopedDb(scope).partner.findUniqueOrThrow({ where: { id: scope.partnerId }, select: { name: true } });
  return partner.name;
}
