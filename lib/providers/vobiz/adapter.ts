import { randomBytes } from 'node:crypto';
import type { AdapterContext } from '../definition.ts';
import { ProviderRequestFailed, ProviderValidationFailed } from '../errors.ts';
import type {
  AccountRef,
  Balance,
  CallRecord,
  CdrQuery,
  CreateAccountInput,
  CreatedAccount,
  FundInput,
  Money,
  Page,
  PageQuery,
  PhoneNumber,
  ProviderAccount,
  WalletTransaction,
} from '../types.ts';
import { UnsupportedOperations } from '../unsupported-operations.ts';
import { vobizCapabilities } from './capabilities.ts';
import { VobizClient, type VobizPageQuery } from './client.ts';
import { accountStatusFrom, toCallRecord, toPhoneNumber, toProviderAccount, toWalletTransaction } from './map-vobiz-records.ts';
import {
  CREATE_ACCOUNT_OPTIONAL_FIELDS,
  VOBIZ_DECIMALS,
  VOBIZ_DEFAULT_PER_PAGE,
  VOBIZ_MAX_PER_PAGE,
  type CreateAccountBody,
  type VobizCredentials,
} from './schemas.ts';

/** Safety stop for findFunding's ledger scan (100 pages of 100 transfers). */
const MAX_FUNDING_SCAN_PAGES = 100;

/**
 * The portal's operation id inside a transfer's `description`: Vobiz records the
 * description in both ledgers and has no idempotency key, so this marker is how a
 * transfer whose response was lost is found again.
 */
export function fundingMarker(operationId: string): string {
  return `[portal-op:${operationId}]`;
}

/**
 * Vobiz Partner API adapter: customer accounts, wallet transfers and ledgers, the
 * read-only DID inventory and CDRs. Vobiz documents no request quota, so the rate budget
 * is not used; a 429's Retry-After is honoured by the HTTP layer.
 */
export class VobizAdapter extends UnsupportedOperations {
  readonly kind = 'VOBIZ' as const;
  readonly capabilities = vobizCapabilities;
  private readonly client: VobizClient;

  constructor(context: AdapterContext<VobizCredentials>) {
    super();
    this.client = new VobizClient(context);
  }

  async testConnection(): Promise<{ ok: true; detail: string }> {
    const profile = await this.client.getProfile();
    const accounts = profile.max_accounts != null ? `, ${profile.account_count ?? 0} of ${profile.max_accounts} customer accounts used` : '';
    return { ok: true, detail: `Connected as ${profile.auth_id}${profile.name ? ` (${profile.name})` : ''}: balance ${profile.balance} ${profile.currency}${accounts}.` };
  }

  override async createAccount(input: CreateAccountInput): Promise<CreatedAccount> {
    if (!input.country) {
      const message = 'Vobiz needs the customer’s country (ISO 3166-1 alpha-2, e.g. IN).';
      throw new ProviderValidationFailed('VOBIZ', 'vobiz.accounts.create', message, { country: [message] });
    }
    const password = input.password || generatePassword();
    const generatedPassword = input.password ? null : password;
    const body: CreateAccountBody = {
      name: input.name,
      email: input.email,
      password,
      country: input.country.toUpperCase(),
      ...(input.phone ? { phone: input.phone } : {}),
      ...(input.company ? { company: input.company } : {}),
      ...optionalFields(input.extra),
    };
    const created = await this.client.createAccount(body);
    const account: ProviderAccount = {
      providerAccountId: created.auth_id,
      name: created.name,
      email: created.email,
      phone: input.phone ?? null,
      country: created.country ?? body.country,
      status: accountStatusFrom(created.status),
      // Documented: a new customer starts with an empty prepaid wallet and KYC pending.
      billingModel: 'PREPAID',
      balance: { amount: created.balance, currency: created.currency },
      creditLimit: null,
      kycStatus: 'pending',
      createdAt: created.created_at,
    };
    return { account, authToken: created.auth_token, generatedPassword };
  }

  override async listAccounts(query: PageQuery & { search?: string }): Promise<Page<ProviderAccount>> {
    const result = await this.client.listAccounts({ ...pageOf(query), search: query.search });
    return toPage(result.accounts.map(toProviderAccount), result.page, result.size, result.total);
  }

  override async getAccount(ref: AccountRef): Promise<ProviderAccount> {
    return toProviderAccount(await this.client.getAccount(ref.providerAccountId));
  }

  override async getBalance(ref: AccountRef): Promise<Balance> {
    const balance = await this.client.getBalance(ref.providerAccountId);
    return { balance: { amount: balance.cash_credits, currency: balance.currency }, available: null, creditLimit: null, updatedAt: balance.updated_at ?? null };
  }

  override async fundAccount(ref: AccountRef, input: FundInput): Promise<{ transactionId: string; balanceAfter: Money | null }> {
    const amount = transferAmount(input.amount.amount);
    const marker = fundingMarker(input.operationId);
    const description = input.description ? `${input.description} ${marker}` : marker;
    const result = await this.client.transferBalance(ref.providerAccountId, { amount, currency: input.amount.currency, description });
    return { transactionId: result.transaction_id, balanceAfter: { amount: result.customer_balance_after, currency: result.currency } };
  }

  /**
   * Looks for the marker in the customer's transfer ledger. The id returned is the ledger
   * entry's: Vobiz documents no link from it to the transfer's `transaction_id`.
   */
  override async findFunding(ref: AccountRef, operationId: string): Promise<{ transactionId: string } | null> {
    const marker = fundingMarker(operationId);
    for (let page = 1; page <= MAX_FUNDING_SCAN_PAGES; page++) {
      const result = await this.client.listTransactions(ref.providerAccountId, { page, perPage: VOBIZ_MAX_PER_PAGE, transaction_type: 'transfer' });
      const match = result.transactions.find((transaction) => transaction.description?.includes(marker));
      if (match) return { transactionId: match.id };
      if (result.transactions.length < result.per_page || page * result.per_page >= result.total) return null;
    }
    // "Not found" would invite a second transfer; an unfinished search must not say that.
    throw new ProviderRequestFailed('VOBIZ', 'vobiz.findFunding', null, 'The transfer ledger is too long to search completely; check it in the Vobiz console.');
  }

  override async listTransactions(ref: AccountRef, query: PageQuery & { from?: Date; to?: Date }): Promise<Page<WalletTransaction>> {
    const result = await this.client.listTransactions(ref.providerAccountId, {
      ...pageOf(query),
      from_date: query.from ? providerDate(query.from) : undefined,
      to_date: query.to ? providerDate(lastMomentBefore(query.to)) : undefined,
    });
    return toPage(result.transactions.map(toWalletTransaction), result.page, result.per_page, result.total);
  }

  override async listNumbers(ref: AccountRef | null, query: PageQuery): Promise<Page<PhoneNumber>> {
    const accountId = ref?.providerAccountId ?? null;
    const result = await this.client.listNumbers(accountId, pageOf(query));
    return toPage(
      result.items.map((number) => toPhoneNumber(number, accountId)),
      result.page,
      result.per_page,
      result.total,
    );
  }

  /**
   * Vobiz filters CDRs by whole UTC days and reports no total; records outside the exact
   * window are dropped here, and a full page means there may be more.
   */
  override async listCdrs(ref: AccountRef | null, query: CdrQuery): Promise<Page<CallRecord>> {
    const accountId = ref?.providerAccountId ?? null;
    const { page, perPage } = pageOf(query);
    const result = await this.client.listCdrs(accountId, {
      page,
      perPage,
      start_date: providerDate(query.from),
      end_date: providerDate(lastMomentBefore(query.to)),
    });
    const items = result.data
      .filter((cdr) => cdr.start_time >= query.from && cdr.start_time < query.to)
      .map((cdr) => toCallRecord(cdr, accountId));
    return { items, page, perPage, total: null, hasMore: result.data.length >= perPage };
  }
}

function pageOf(query: PageQuery): VobizPageQuery {
  const page = Math.max(1, Math.trunc(query.page ?? 1));
  const perPage = Math.min(VOBIZ_MAX_PER_PAGE, Math.max(1, Math.trunc(query.perPage ?? VOBIZ_DEFAULT_PER_PAGE)));
  return { page, perPage };
}

function toPage<T>(items: T[], page: number, perPage: number, total: number): Page<T> {
  return { items, page, perPage, total, hasMore: page * perPage < total };
}

/** Vobiz's date filters are YYYY-MM-DD; the portal's instants are UTC. */
function providerDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The portal's windows end exclusively; Vobiz's end dates are inclusive days. */
function lastMomentBefore(date: Date): Date {
  return new Date(date.getTime() - 1);
}

/**
 * Vobiz takes the amount as a JSON number. A positive decimal of at most 5 places
 * survives the trip through a double exactly (JSON prints the shortest round-trip form).
 */
function transferAmount(amount: string): number {
  const pattern = new RegExp(`^\\d+(\\.\\d{1,${VOBIZ_DECIMALS}})?$`);
  const value = Number(amount);
  if (!pattern.test(amount) || !(value > 0) || !Number.isSafeInteger(Math.trunc(value * 10 ** VOBIZ_DECIMALS))) {
    const message = `The amount must be a positive number with at most ${VOBIZ_DECIMALS} decimals.`;
    throw new ProviderValidationFailed('VOBIZ', 'vobiz.accounts.transferBalance', message, { amount: [message] });
  }
  return value;
}

function optionalFields(extra: Record<string, string> | undefined): Partial<CreateAccountBody> {
  const fields: Partial<CreateAccountBody> = {};
  for (const field of CREATE_ACCOUNT_OPTIONAL_FIELDS) {
    const value = extra?.[field]?.trim();
    if (value) fields[field] = value;
  }
  return fields;
}

/** Meets Vobiz's rule (8+ characters with a number and a special character); returned once to the caller. */
function generatePassword(): string {
  return `Vz-${randomBytes(12).toString('base64url')}!7`;
}
