import { logger } from '../../log/logger.ts';
import type { AdapterContext } from '../definition.ts';
import { CapabilityUnavailable, ContractError, ProviderAuthFailed, ProviderError, ProviderNotFound, ProviderValidationFailed } from '../errors.ts';
import type {
  AccountRef,
  Balance,
  CallRecord,
  CdrQuery,
  CreateAccountInput,
  CreatedAccount,
  Money,
  Page,
  ProviderAccount,
  ProviderAdapter,
  RecurringCharge,
  SipRegistration,
} from '../types.ts';
import { UnsupportedOperations } from '../unsupported-operations.ts';
import { VOIP_ACCOUNT_CAPABILITIES } from './capabilities.ts';
import { VoipAccountClient } from './client.ts';
import { MRC_TOTAL_SERVICE, USERNAME_PATTERN, type AccountInfo, type CdrRecord } from './schemas.ts';

export type VoipAccountCredentials = { adminApiKey: string };

/**
 * UnsupportedOperations declares its refusals without parameters, and TypeScript rejects an
 * override that takes more; seen as the interface it implements, the overrides type-check.
 */
const AdapterBase = UnsupportedOperations as abstract new () => ProviderAdapter;

const USERNAME_HINT = 'Enter a 10-digit number that does not start with 0.';

/**
 * The VoIP account API behind the shared adapter interface. Customer operations use the
 * customer's own API key (`AccountRef.authToken`); info, CDRs, recurring charges and the
 * API-key lookup are limited to six calls an hour, drawn from the shared rate budget.
 */
export class VoipAccountAdapter extends AdapterBase {
  readonly kind = 'VOIP_ACCOUNT' as const;
  readonly capabilities = VOIP_ACCOUNT_CAPABILITIES;
  private readonly client: VoipAccountClient;

  constructor(private readonly context: AdapterContext<VoipAccountCredentials>) {
    super();
    this.client = new VoipAccountClient({
      connectionId: context.connectionId,
      baseUrl: context.baseUrl,
      adminApiKey: context.credentials.adminApiKey,
      rateBudget: context.rateBudget,
      onOutcome: context.onOutcome,
      http: context.http,
    });
  }

  /** The SIP lookup is the one authenticated call without an hourly limit; it proves the key, not its admin rights. */
  async testConnection(): Promise<{ ok: true; detail: string }> {
    await this.client.sipRegistration(this.context.credentials.adminApiKey);
    return { ok: true, detail: 'The API key was accepted. Administrator rights are checked when the first sub-account is added.' };
  }

  /**
   * Adds a sub-account under the administrator key. The username comes from the form
   * (`extra.username`); `extra.masterAccount` optionally names the billing account.
   */
  async createAccount(input: CreateAccountInput): Promise<CreatedAccount> {
    const username = parseUsername(input.extra?.username, 'username');
    const masterAccount = input.extra?.masterAccount ? parseUsername(input.extra.masterAccount, 'masterAccount') : undefined;
    const { account } = await this.client.addAccount({ name: input.name, username: Number(username), email: input.email, masterAccount: masterAccount === undefined ? undefined : Number(masterAccount) });
    const authToken = await this.apiKeyIfBudgetAllows(account.username, account.password);
    return {
      account: { ...emptyAccount(account.username), name: account.name, email: account.email },
      authToken,
      generatedPassword: account.password,
    };
  }

  /**
   * Obtains a customer's API key from its username and password (limited to six an hour):
   * for accounts created while that budget was spent (`CreatedAccount.authToken` null).
   */
  async fetchApiKey(username: string, password: string): Promise<string> {
    return this.client.fetchApiKey(parseUsername(username, 'username'), password);
  }

  async getAccount(ref: AccountRef): Promise<ProviderAccount> {
    const info = await this.accountInfo(ref);
    return { ...emptyAccount(info.username), name: info.name, email: info.email ?? null, balance: { amount: info.balance, currency: info.currency } };
  }

  async getBalance(ref: AccountRef): Promise<Balance> {
    const info = await this.accountInfo(ref);
    // The info call answers with the live balance, so it is as of now.
    return { balance: { amount: info.balance, currency: info.currency }, available: null, creditLimit: null, updatedAt: new Date() };
  }

  /**
   * The provider does not paginate, and every request spends one of six hourly calls, so
   * the whole window comes back as page 1 (narrow the window for less); later pages are
   * empty without a request.
   */
  async listCdrs(ref: AccountRef | null, query: CdrQuery): Promise<Page<CallRecord>> {
    if (!ref) throw new CapabilityUnavailable(this.kind, 'usage.cdrs', "The provider lists call records per customer account, with that customer's API key.");
    if (query.to.getTime() <= query.from.getTime()) {
      throw new ProviderValidationFailed(this.kind, 'voip-account.cdr', 'The end of the window must be after its start.', { to: ['Must be after "from".'] });
    }
    const page = query.page ?? 1;
    if (page > 1) return { items: [], page, perPage: 0, total: null, hasMore: false };
    const apikey = this.customerKey(ref, 'voip-account.cdr');
    // Documented: `start` is the later bound (default now) and `end` the earlier one (default 24 h before).
    const { cdr } = await this.client.listCdrs(apikey, { start: Math.ceil(query.to.getTime() / 1000), end: Math.floor(query.from.getTime() / 1000) });
    // Whole seconds and an unknown boundary convention at the provider: keep exactly [from, to).
    const items = cdr
      .map((record) => toCallRecord(record, ref.providerAccountId))
      .filter((call) => call.startedAt >= query.from && call.startedAt < query.to)
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    return { items, page: 1, perPage: items.length, total: items.length, hasMore: false };
  }

  async getRecurringCharges(ref: AccountRef): Promise<{ items: RecurringCharge[]; total: Money }> {
    const { mrc } = await this.client.recurringCharges(this.customerKey(ref, 'voip-account.mrc'));
    const totalRow = mrc.find((row) => row.service === MRC_TOTAL_SERVICE);
    if (!totalRow) throw new ContractError(this.kind, 'voip-account.mrc', 'mrc', `has no "${MRC_TOTAL_SERVICE}" row`);
    return {
      items: mrc.filter((row) => row !== totalRow).map((row) => ({ service: row.service, amount: { amount: row.amount, currency: row.currency } })),
      total: { amount: totalRow.amount, currency: totalRow.currency },
    };
  }

  async getSipRegistration(ref: AccountRef): Promise<SipRegistration> {
    const { account } = await this.client.sipRegistration(this.customerKey(ref, 'voip-account.sip'));
    const uri = account.uri || null;
    return { uri, userAgent: account.agent || null, registered: uri !== null };
  }

  private async accountInfo(ref: AccountRef): Promise<AccountInfo> {
    const { account } = await this.client.accountInfo(this.customerKey(ref, 'voip-account.info'));
    const info = account.find((item) => item.username === ref.providerAccountId);
    if (!info) throw new ProviderNotFound(this.kind, 'voip-account.info', `Account ${ref.providerAccountId} (under the stored API key)`);
    return info;
  }

  private customerKey(ref: AccountRef, operation: string): string {
    if (ref.authToken) return ref.authToken;
    throw new ProviderAuthFailed(this.kind, operation, `no API key is stored for account ${ref.providerAccountId}`, "Fetch it with the account's username and password.");
  }

  /** The account exists and its password is in hand: a missing key must never lose them. */
  private async apiKeyIfBudgetAllows(username: string, password: string): Promise<string | null> {
    try {
      return await this.client.fetchApiKey(username, password);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      logger.warn({ provider: this.kind, operation: error.operation, error: error.code }, 'sub-account created; its API key is to be fetched later');
      return null;
    }
  }
}

function parseUsername(value: string | undefined, field: string): string {
  const username = value?.trim() ?? '';
  if (USERNAME_PATTERN.test(username)) return username;
  throw new ProviderValidationFailed('VOIP_ACCOUNT', 'voip-account.add', `The provider needs a 10-digit numeric ${field}.`, { [field]: [USERNAME_HINT] });
}

/** Inferred defaults: the API reports no status, billing model, contact details or creation date. */
function emptyAccount(username: string): ProviderAccount {
  return {
    providerAccountId: username,
    name: '',
    email: null,
    phone: null,
    country: null,
    status: 'active',
    billingModel: 'PREPAID',
    balance: null,
    creditLimit: null,
    kycStatus: null,
    createdAt: null,
  };
}

const STATUS_BY_DISPOSITION: Record<CdrRecord['disposition'], CallRecord['status']> = {
  ANSWERED: 'answered',
  'NO ANSWER': 'no-answer',
  BUSY: 'busy',
  FAILED: 'failed',
  CONGESTION: 'failed',
};

function toCallRecord(record: CdrRecord, providerAccountId: string): CallRecord {
  const answered = record.disposition === 'ANSWERED';
  return {
    id: record.uniqueid,
    direction: record.direction,
    from: record.src,
    to: record.dst,
    startedAt: new Date(record.calldate * 1000),
    // Asterisk-style: duration runs from the first ring, billsec from the answer.
    answeredAt: answered ? new Date((record.calldate + record.duration - record.billsec) * 1000) : null,
    endedAt: new Date((record.calldate + record.duration) * 1000),
    durationSeconds: record.duration,
    billableSeconds: record.billsec,
    status: STATUS_BY_DISPOSITION[record.disposition],
    cost: { amount: record.cost, currency: record.currency },
    providerAccountId,
  };
}
