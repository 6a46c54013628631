import type { PageQuery, ProviderAccount, ProviderAdapter } from '../providers/types.ts';

/**
 * After a create whose answer was lost: is the account at the provider? Only "absent"
 * allows sending the create again; "undetermined" leaves the decision to a later check.
 */
export type CreatedAccountSearch =
  | { kind: 'found'; account: ProviderAccount }
  | { kind: 'absent' }
  /** The provider refuses a second account with the same key (e.g. the same username), so sending again cannot duplicate. */
  | { kind: 'repeat-is-safe' }
  | { kind: 'undetermined'; reason: string };

/** A search listing more than this many near matches is not read to its end. */
const MAX_PAGES = 20;
const PER_PAGE = 100;

/**
 * Reads the provider's account list for `search` and matches the email exactly (the
 * providers' searches match substrings). Several exact matches cannot be told apart.
 */
export async function findAccountByEmail(
  adapter: ProviderAdapter,
  email: string,
  search: string,
): Promise<CreatedAccountSearch> {
  const wanted = email.trim().toLowerCase();
  const matches: ProviderAccount[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query: PageQuery & { search: string } = { page, perPage: PER_PAGE, search };
    const result = await adapter.listAccounts(query);
    matches.push(...result.items.filter((account) => account.email?.trim().toLowerCase() === wanted));
    if (!result.hasMore || result.items.length === 0) {
      if (matches.length > 1) return { kind: 'undetermined', reason: `The provider has ${matches.length} accounts with ${email}; link the right one by hand.` };
      return matches[0] ? { kind: 'found', account: matches[0] } : { kind: 'absent' };
    }
  }
  return { kind: 'undetermined', reason: 'The provider’s account list is too long to search completely.' };
}
