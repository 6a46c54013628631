import { z } from 'zod';
// The generated enums file is plain constants, safe to import where the Prisma client is not.
import { CustomerStatus, KycStatus } from '../db/generated/enums.ts';

export const CUSTOMER_SORT_FIELDS = ['name', 'created', 'balance'] as const;
export type CustomerSortField = (typeof CUSTOMER_SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

/** Names A→Z, newest first, lowest balance first: what staff look for first in each order. */
export const DEFAULT_SORT_DIRECTION: Record<CustomerSortField, SortDirection> = { name: 'asc', created: 'desc', balance: 'asc' };

export const CUSTOMER_PAGE_SIZE = 25;
export const MAX_CUSTOMER_PAGE_SIZE = 1000;

export type CustomerListQuery = {
  /** Substring of the name, email or phone, any case. */
  search?: string;
  connectionId?: string;
  status?: CustomerStatus;
  kycStatus?: KycStatus;
  sort?: CustomerSortField;
  direction?: SortDirection;
  page?: number;
  pageSize?: number;
  /** A keyset token from a "Next"/"Previous" link (customer-list-cursor.ts); `page` then only labels the page. */
  cursor?: string;
};

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const optionalText = (max: number) =>
  z.preprocess(first, z.string().trim().max(max).optional())
    .transform((value) => value || undefined)
    .catch(undefined);

// The URL is the list's state and anyone can edit it: a value that makes no sense falls
// back to its default instead of failing the page.
const customerListParamsSchema = z.object({
  q: optionalText(100),
  connection: optionalText(64),
  status: z.preprocess(first, z.enum(CustomerStatus).optional()).catch(undefined),
  kyc: z.preprocess(first, z.enum(KycStatus).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(CUSTOMER_SORT_FIELDS).optional()).catch(undefined),
  dir: z.preprocess(first, z.enum(['asc', 'desc']).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined),
  cursor: optionalText(600),
});

/** The list's state from the page's search params (`?q=&connection=&status=&kyc=&sort=&dir=&page=&cursor=`). */
export function parseCustomerListParams(params: Record<string, string | string[] | undefined>): CustomerListQuery {
  const parsed = customerListParamsSchema.parse(params);
  const sort = parsed.sort ?? 'name';
  return {
    search: parsed.q,
    connectionId: parsed.connection,
    status: parsed.status,
    kycStatus: parsed.kyc,
    sort,
    direction: parsed.dir ?? DEFAULT_SORT_DIRECTION[sort],
    page: parsed.page ?? 1,
    pageSize: CUSTOMER_PAGE_SIZE,
    cursor: parsed.cursor,
  };
}

/** The URL params of a list's filters and sort (not its position), leaving defaults out so links stay short. */
export function customerListParams(query: CustomerListQuery): Record<string, string | undefined> {
  const sort = query.sort ?? 'name';
  const direction = query.direction ?? DEFAULT_SORT_DIRECTION[sort];
  return {
    q: query.search || undefined,
    connection: query.connectionId,
    status: query.status,
    kyc: query.kycStatus,
    sort: sort === 'name' && direction === 'asc' ? undefined : sort,
    dir: direction === DEFAULT_SORT_DIRECTION[sort] ? undefined : direction,
  };
}
