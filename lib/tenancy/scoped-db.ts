import { Prisma, systemDb, type PrismaClient } from '../db/client.ts';
import type { Scope } from './scope.ts';

/**
 * THE place where tenancy is enforced. Every query a signed-in user causes goes through
 * `scopedDb(scope)`, which adds the caller's partner (and customer) to the query's filter
 * and stamps it on created rows. A model without a rule here is refused, so a new model
 * cannot leak by omission. Nested `include`/`select` relations are not filtered: they are
 * reached only through a parent row that already passed its own filter. Raw SQL, which the
 * extension cannot see, takes its tenant predicate from the same rules (scoped-sql.ts).
 */
type ModelName = Prisma.ModelName;
type Filter = Record<string, unknown>;
type Rule = { read: Filter; write: Filter | 'deny' } | 'deny';

/** Written only by system tasks (sign-in, key rotation, provider bookkeeping), never by a user's query. */
const SYSTEM_MODELS = new Set<ModelName>(['LoginThrottle', 'EncryptionKey', 'ProviderCallLog', 'ProviderCacheEntry']);

function ruleFor(scope: Scope, model: ModelName): Rule {
  switch (scope.area) {
    case 'platform':
      // Platform admins see every tenant; system tables stay with system tasks.
      return SYSTEM_MODELS.has(model) ? 'deny' : { read: {}, write: {} };
    case 'partner': {
      const own = { partnerId: scope.partnerId };
      switch (model) {
        case 'Partner':
          // Partner settings (e.g. the per-transfer limit) are the partner admin's to change.
          return { read: { id: scope.partnerId }, write: scope.role === 'PARTNER_ADMIN' ? { id: scope.partnerId } : 'deny' };
        case 'User':
        case 'ProviderConnection':
        case 'Customer':
        case 'AuditEvent':
        case 'LedgerAccount':
        case 'LedgerTransaction':
        case 'LedgerEntry':
        case 'WalletFunding':
        case 'CustomerOnboarding':
        case 'NumberAssignment':
        case 'Cdr':
        case 'CdrSyncCursor':
        case 'UsageDaily':
        case 'PartnerUsageDaily':
        case 'UsageDestinationDaily':
        case 'PartnerUsageDestinationDaily':
        case 'UsageDidDaily':
        case 'UsageMonthly':
        case 'UsageDidMonthly':
        case 'PriceList':
        case 'PriceListEntry':
        case 'RerateRun':
        case 'Invoice':
        case 'InvoiceLine':
        case 'CreditNote':
        case 'Invitation':
        case 'Notification':
        case 'AutoTopUpRule':
          return { read: own, write: own };
        default:
          return 'deny';
      }
    }
    case 'customer':
      switch (model) {
        case 'Partner':
          return { read: { id: scope.partnerId }, write: 'deny' };
        case 'Customer':
          return { read: { partnerId: scope.partnerId, id: scope.customerId }, write: 'deny' };
        case 'User':
          return { read: { id: scope.userId }, write: { id: scope.userId } };
        case 'WalletFunding':
        case 'NumberAssignment':
        case 'Cdr':
        case 'UsageDaily':
        case 'UsageDestinationDaily':
        case 'UsageDidDaily':
        case 'UsageMonthly':
        case 'UsageDidMonthly':
        case 'Invoice':
        case 'CreditNote':
        case 'AutoTopUpRule':
          return { read: { partnerId: scope.partnerId, customerId: scope.customerId }, write: 'deny' };
        case 'Notification':
          // Customers mark their own notices read.
          return { read: { partnerId: scope.partnerId, customerId: scope.customerId }, write: { partnerId: scope.partnerId, customerId: scope.customerId } };
        default:
          return 'deny';
      }
  }
}

export class TenancyViolation extends Error {
  constructor(readonly model: string, readonly operation: string) {
    super(`Access to ${model}.${operation} is not allowed for this user.`);
    this.name = 'TenancyViolation';
  }
}

/** What a scope may read of a model, as column equalities; raw SQL applies it through scoped-sql.ts. */
export function readFilterFor(scope: Scope, model: ModelName): Record<string, string> {
  const rule = ruleFor(scope, model);
  if (rule === 'deny') throw new TenancyViolation(model, 'read');
  return rule.read as Record<string, string>;
}

const READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy']);
const FILTERED_WRITES = new Set(['update', 'updateMany', 'updateManyAndReturn', 'delete', 'deleteMany']);
const CREATES = new Set(['create', 'createMany', 'createManyAndReturn']);

function withFilter(where: Filter | undefined, filter: Filter): Filter {
  if (Object.keys(filter).length === 0) return where ?? {};
  const and = where?.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
  return { ...where, AND: [...and, filter] };
}

function stamp(data: unknown, filter: Filter, model: string, operation: string): unknown {
  if (Array.isArray(data)) return data.map((row) => stamp(row, filter, model, operation));
  const row = data as Filter;
  for (const [key, value] of Object.entries(filter)) {
    if (row[key] !== undefined && row[key] !== value) throw new TenancyViolation(model, operation);
  }
  return { ...row, ...filter };
}

export function scopeQueryArgs(scope: Scope, model: ModelName, operation: string, args: Filter): Filter {
  const rule = ruleFor(scope, model);
  if (rule === 'deny') throw new TenancyViolation(model, operation);
  if (READS.has(operation)) return { ...args, where: withFilter(args.where as Filter | undefined, rule.read) };
  if (rule.write === 'deny') throw new TenancyViolation(model, operation);
  if (FILTERED_WRITES.has(operation)) return { ...args, where: withFilter(args.where as Filter | undefined, rule.write) };
  if (CREATES.has(operation)) return { ...args, data: stamp(args.data, rule.write, model, operation) };
  if (operation === 'upsert') {
    return {
      ...args,
      where: withFilter(args.where as Filter | undefined, rule.write),
      create: stamp(args.create, rule.write, model, operation),
    };
  }
  throw new TenancyViolation(model, operation);
}

export function scopedDb(scope: Scope, base: PrismaClient = systemDb()) {
  return base.$extends({
    name: 'tenancy',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(scopeQueryArgs(scope, model as ModelName, operation, (args ?? {}) as Filter));
        },
      },
    },
  });
}

export type ScopedDb = ReturnType<typeof scopedDb>;
