import { ProviderError } from '../providers/errors.ts';
import type { AccountRef, PhoneNumber, ProviderAdapter } from '../providers/types.ts';

// Enough for any reseller's DID stock we know of, yet bounded if a provider never says "no more".
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/**
 * Every number a provider lists for an account (or, with `null`, the partner's whole
 * inventory). Page by page, because no provider offers a lookup by the number itself.
 */
export async function listAllProviderNumbers(adapter: ProviderAdapter, ref: AccountRef | null): Promise<PhoneNumber[]> {
  const numbers: PhoneNumber[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await adapter.listNumbers(ref, { page, perPage: PAGE_SIZE });
    numbers.push(...result.items);
    if (!result.hasMore || result.items.length === 0) break;
  }
  return numbers;
}

export type ListedNumber = PhoneNumber & { onCustomerAccount: boolean };

export type NumbersForCustomer = {
  numbers: ListedNumber[];
  /** Why the customer's own account could not be read (e.g. no key of theirs is stored); the inventory still is. */
  customerAccountError: string | null;
};

/**
 * The numbers a portal-recorded assignment may choose from: the partner's inventory at the
 * provider and, where the customer has an account there, that account's own numbers, which
 * are marked because they are already the customer's at the provider.
 */
export async function listNumbersForCustomer(adapter: ProviderAdapter, customerRef: AccountRef | null): Promise<NumbersForCustomer> {
  const ownRead = customerRef
    ? listAllProviderNumbers(adapter, customerRef).then(
        (numbers) => ({ numbers, error: null }),
        (error: unknown) => {
          if (error instanceof ProviderError) return { numbers: [] as PhoneNumber[], error: error.message };
          throw error;
        },
      )
    : Promise.resolve({ numbers: [] as PhoneNumber[], error: null });
  const [inventory, own] = await Promise.all([listAllProviderNumbers(adapter, null), ownRead]);
  const ownNumbers = new Set(own.numbers.map((number) => number.number));
  const byNumber = new Map<string, ListedNumber>();
  for (const number of [...own.numbers, ...inventory]) {
    if (byNumber.has(number.number)) continue;
    const onCustomerAccount =
      ownNumbers.has(number.number) || (customerRef !== null && number.providerAccountId === customerRef.providerAccountId);
    byNumber.set(number.number, { ...number, onCustomerAccount });
  }
  return { numbers: [...byNumber.values()], customerAccountError: own.error };
}

/**
 * Whether the provider now lists the number on the customer's account, to settle a write
 * whose answer was lost; null when the provider cannot be asked either.
 */
export async function isNumberOnAccount(adapter: ProviderAdapter, ref: AccountRef, providerNumberId: string): Promise<boolean | null> {
  try {
    return (await listAllProviderNumbers(adapter, ref)).some((number) => number.id === providerNumberId);
  } catch (error) {
    if (error instanceof ProviderError) return null;
    throw error;
  }
}
