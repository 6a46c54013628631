import { memoryRateBudget } from '../rate-budget/rate-budget.ts';
import { startSandboxServer, type FaultSettings, type RunningSandbox, type SandboxRequest, type SandboxResponse } from '../sandbox/sandbox-server.ts';
import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import type { VoipAccountCredentials } from './adapter.ts';
import {
  decimalToUnits,
  generateAccountData,
  generateApiKey,
  generatePassword,
  generateUsername,
  seededFaker,
  unitsToDecimal,
  unitsToJsonNumber,
  type SandboxAccountData,
} from './sandbox-data.ts';
import { HOURLY_LIMIT, isHourlyLimited, MRC_TOTAL_SERVICE, USERNAME_PATTERN, VOIP_ACCOUNT_PATHS, type VoipAccountEndpoint } from './schemas.ts';

type Account = SandboxAccountData & {
  username: string;
  name: string;
  email: string;
  masterAccount: string;
  balanceUnits: number;
  currency: string;
  country: string | undefined;
  admin: boolean;
};

type Body = Record<string, unknown>;

export type VoipAccountSandbox = RunningSandbox & {
  /** Requests that reached an endpoint (including those its own rate limit refused). */
  hits(endpoint: VoipAccountEndpoint): number;
  requestBodies(endpoint: VoipAccountEndpoint): Body[];
  accountExists(username: string): boolean;
  accountBalance(username: string): string | null;
  passwordOf(username: string): string | null;
  apiKeyOf(username: string): string | null;
  /** Emails the provider would have sent: recovery links and signup verifications. */
  emailsSent(): Array<{ to: string; kind: 'recovery' | 'verification' }>;
  /** The next successful response of `endpoint` is passed through `mutate` (for contract tests). */
  breakNextResponse(endpoint: VoipAccountEndpoint, mutate: (body: Body) => void): void;
};

/**
 * An in-memory emulator of the VoIP account API, on the inferred path table. Failures use
 * the documented envelope; the HTTP status mirrors its statusCode (inferred), or is 200
 * with `failuresInHttp200` — the other plausible reading, which the client handles too.
 */
export async function startVoipAccountSandbox(options: {
  port?: number;
  faults?: Partial<FaultSettings>;
  seed: SandboxSeed<VoipAccountCredentials>;
  random?: () => number;
  now?: () => number;
  failuresInHttp200?: boolean;
}): Promise<VoipAccountSandbox> {
  const now = options.now ?? Date.now;
  const randomSeed = options.seed.randomSeed ?? 1;
  const runtime = seededFaker(randomSeed);
  const anchor = Math.floor(now() / 1000);
  const { partner } = options.seed;
  const accounts = new Map<string, Account>();

  const admin = newAccount({ username: generateUsername(runtime), name: partner.name, email: `admin@${slug(partner.name)}.test`, admin: true, seed: randomSeed * 1000 });
  admin.apikey = partner.credentials.adminApiKey;
  admin.cdrs = [];
  options.seed.accounts.forEach((seed, index) => {
    if (!USERNAME_PATTERN.test(seed.providerAccountId)) throw new Error(`Sandbox seed account ${seed.providerAccountId} needs a 10-digit numeric id.`);
    const account = newAccount({ username: seed.providerAccountId, name: seed.name, email: seed.email, phone: seed.phone, country: seed.country, seed: randomSeed * 1000 + index + 1 });
    account.balanceUnits = decimalToUnits(seed.balance);
    if (seed.authToken) account.apikey = seed.authToken;
  });

  function newAccount(input: { username: string; name: string; email: string; phone?: string; country?: string; admin?: boolean; seed: number; masterAccount?: string }): Account {
    const data = generateAccountData({ seed: input.seed, username: input.username, country: input.country, phone: input.phone, anchor });
    const account: Account = {
      ...data,
      username: input.username,
      name: input.name,
      email: input.email,
      masterAccount: input.masterAccount ?? input.username,
      balanceUnits: 0,
      currency: partner.currency,
      country: input.country,
      admin: input.admin ?? false,
    };
    accounts.set(account.username, account);
    return account;
  }

  /** An account created through the API starts empty: no calls, no registration, no charges. */
  function createdAccount(input: { username: string; name: string; email: string; masterAccount?: string }): Account {
    const account = newAccount({ ...input, seed: randomSeed * 1000 + accounts.size + 500 });
    Object.assign(account, { password: generatePassword(runtime), apikey: generateApiKey(runtime), cdrs: [], recurring: [], sip: { uri: '', agent: '' } });
    return account;
  }

  const limiter = memoryRateBudget(now);
  const hits = new Map<VoipAccountEndpoint, number>();
  const bodies = new Map<VoipAccountEndpoint, Body[]>();
  const broken = new Map<VoipAccountEndpoint, (body: Body) => void>();
  const emails: Array<{ to: string; kind: 'recovery' | 'verification' }> = [];

  const failure = (status: number, message: string, headers?: Record<string, string>): SandboxResponse => ({
    status: options.failuresInHttp200 ? 200 : status,
    headers,
    json: { statusCode: String(status), status: 'Error', message },
  });
  const ok = (endpoint: VoipAccountEndpoint, body: Body): SandboxResponse => {
    const payload: Body = { ...body, statusCode: '200', status: 'Success' };
    broken.get(endpoint)?.(payload);
    broken.delete(endpoint);
    return { status: 200, json: payload };
  };
  const byApiKey = (body: Body): Account | SandboxResponse => {
    if (typeof body.apikey !== 'string' || body.apikey.length === 0) return failure(400, 'apikey is required');
    return [...accounts.values()].find((account) => account.apikey === body.apikey) ?? failure(401, 'Invalid API key');
  };
  const isAccount = (value: Account | SandboxResponse): value is Account => 'username' in value;
  const money = (units: number) => unitsToJsonNumber(units);

  const handlers: Record<VoipAccountEndpoint, (body: Body) => SandboxResponse> = {
    add(body) {
      const caller = byApiKey(body);
      if (!isAccount(caller)) return caller;
      if (!caller.admin) return failure(403, 'Administrator API key required');
      const username = String(body.username ?? '');
      if (typeof body.username !== 'number' || !USERNAME_PATTERN.test(username)) return failure(400, 'username must be a 10-digit number');
      const invalid = requiredStrings(body, ['name', 'email']) ?? (String(body.email).includes('@') ? null : 'email is not a valid address');
      if (invalid) return failure(400, invalid);
      if (accounts.has(username)) return failure(409, `Username ${username} already exists`);
      const master = body.masterAccount === undefined ? username : String(body.masterAccount);
      if (master !== username && !accounts.has(master)) return failure(404, `Master account ${master} not found`);
      const account = createdAccount({ username, name: String(body.name), email: String(body.email), masterAccount: master });
      return ok('add', { account: { name: account.name, username: Number(username), password: account.password, email: account.email, masterAccount: Number(master) }, message: 'Account Information' });
    },
    apikey(body) {
      const account = accounts.get(String(body.username ?? ''));
      if (!account || typeof body.password !== 'string' || account.password !== body.password) return failure(401, 'Invalid username or password');
      return ok('apikey', { apikey: account.apikey });
    },
    cdr(body) {
      const account = byApiKey(body);
      if (!isAccount(account)) return account;
      const start = body.start === undefined ? Math.floor(now() / 1000) : body.start;
      const end = body.end === undefined ? Number(start) - 86_400 : body.end;
      if (!Number.isInteger(start) || !Number.isInteger(end)) return failure(400, 'start and end must be Unix timestamps');
      // Inferred: the window runs backwards from start, so an end after the start is refused.
      if (Number(end) > Number(start)) return failure(400, 'end must be earlier than start');
      const cdr = account.cdrs
        .filter((call) => call.calldate <= Number(start) && call.calldate >= Number(end))
        .map(({ costUnits, ...call }) => ({ ...call, cost: money(costUnits), currency: account.currency }));
      return ok('cdr', { cdr });
    },
    info(body) {
      const account = byApiKey(body);
      if (!isAccount(account)) return account;
      const item = {
        username: Number(account.username),
        name: account.name,
        email: account.email,
        masterAccount: Number(account.masterAccount),
        balance: money(account.balanceUnits),
        currency: account.currency,
        rate: money(account.ratePerMinuteUnits),
        configuration: { callerId: account.phone, maxChannels: account.maxChannels, codecs: 'ulaw,alaw,g729', recordCalls: account.recurring.some((row) => row.service === 'Call recording') },
      };
      return ok('info', { account: [item] });
    },
    mrc(body) {
      const account = byApiKey(body);
      if (!isAccount(account)) return account;
      const total = account.recurring.reduce((sum, row) => sum + row.amountUnits, 0);
      const rows = [...account.recurring, { service: MRC_TOTAL_SERVICE, amountUnits: total }];
      return ok('mrc', { mrc: rows.map((row) => ({ service: row.service, amount: money(row.amountUnits), currency: account.currency })) });
    },
    recovery(body) {
      const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
      if (!email) return failure(400, 'email is required');
      // Inferred: an unknown address is reported rather than silently accepted.
      if (![...accounts.values()].some((account) => account.email.toLowerCase() === email)) return failure(404, 'No account with that email');
      emails.push({ to: email, kind: 'recovery' });
      return ok('recovery', { message: `Please check your email (${email}) for details` });
    },
    sip(body) {
      const account = byApiKey(body);
      if (!isAccount(account)) return account;
      return ok('sip', { account: { uri: account.sip.uri, agent: account.sip.agent } });
    },
    signup(body) {
      const invalid = requiredStrings(body, ['name', 'email']);
      if (invalid) return failure(400, invalid);
      const email = String(body.email);
      if ([...accounts.values()].some((account) => account.email.toLowerCase() === email.toLowerCase())) return failure(409, 'An account with that email already exists');
      let username = generateUsername(runtime);
      while (accounts.has(username)) username = generateUsername(runtime);
      const account = createdAccount({ username, name: String(body.name), email });
      emails.push({ to: email, kind: 'verification' });
      return ok('signup', { account: { name: account.name, masterAccount: Number(username), username: Number(username), password: account.password, email }, message: 'Account Information' });
    },
  };

  const routes = (Object.keys(VOIP_ACCOUNT_PATHS) as VoipAccountEndpoint[]).map((endpoint) => ({
    method: 'POST' as const,
    path: VOIP_ACCOUNT_PATHS[endpoint],
    handler: async (request: SandboxRequest): Promise<SandboxResponse> => {
      hits.set(endpoint, (hits.get(endpoint) ?? 0) + 1);
      const body: Body = request.body && typeof request.body === 'object' ? (request.body as Body) : {};
      bodies.set(endpoint, [...(bodies.get(endpoint) ?? []), body]);
      if (isHourlyLimited(endpoint)) {
        const taken = await limiter.take(`${request.ip} ${endpoint}`, HOURLY_LIMIT);
        if (!taken.ok) {
          const seconds = Math.max(1, Math.ceil((taken.retryAt.getTime() - now()) / 1000));
          return failure(429, 'Rate limit exceeded: 6 requests per hour', { 'retry-after': String(seconds) });
        }
      }
      return handlers[endpoint](body);
    },
  }));

  const server = await startSandboxServer({ routes, port: options.port, faults: options.faults, random: options.random });
  return {
    ...server,
    hits: (endpoint) => hits.get(endpoint) ?? 0,
    requestBodies: (endpoint) => bodies.get(endpoint) ?? [],
    accountExists: (username) => accounts.has(username),
    accountBalance: (username) => {
      const account = accounts.get(username);
      return account ? unitsToDecimal(account.balanceUnits) : null;
    },
    passwordOf: (username) => accounts.get(username)?.password ?? null,
    apiKeyOf: (username) => accounts.get(username)?.apikey ?? null,
    emailsSent: () => [...emails],
    breakNextResponse: (endpoint, mutate) => void broken.set(endpoint, mutate),
  };
}

function requiredStrings(body: Body, fields: string[]): string | null {
  const missing = fields.find((field) => typeof body[field] !== 'string' || (body[field] as string).trim() === '');
  return missing ? `${missing} is required` : null;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'partner';
}
