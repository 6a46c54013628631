import { Faker, base, en } from '@faker-js/faker';
import type { SandboxSeed } from '../sandbox/sandbox-seed.ts';
import { CREATE_ACCOUNT_OPTIONAL_FIELDS, walletCurrencyForCountry, type VobizCredentials } from './schemas.ts';
import { generateCdrs, generateLedger, generateNumbers } from './sandbox-generate.ts';
import { formatUnits, toUnits, unitsFromNumber } from './sandbox-money.ts';
import type { SandboxAccount, SandboxCdr, SandboxNumber, SandboxPartner, SandboxTransaction, SandboxTransfer } from './sandbox-records.ts';

/** A refusal in Vobiz's error envelope; the route layer turns it into the response. */
export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes Intl knows that are not countries.
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && !NOT_COUNTRIES.has(value) && regionNames.of(value) !== undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The sandbox's in-memory Vobiz: the partner, its customers with their wallets and
 * ledgers, DIDs and CDRs. Every rule the documents state is enforced here.
 */
export class VobizSandboxState {
  readonly faker: Faker;
  readonly partner: SandboxPartner;
  readonly accounts = new Map<string, SandboxAccount>();
  readonly ledger: SandboxTransaction[] = [];
  readonly numbers: SandboxNumber[] = [];
  readonly cdrs: SandboxCdr[] = [];
  readonly transfers: SandboxTransfer[] = [];
  private nextAccountId = 500000;

  constructor(seed: SandboxSeed<VobizCredentials>, options: { maxAccounts: number; partnerBalance: string; now: Date }) {
    this.faker = new Faker({ locale: [en, base] });
    this.faker.seed(seed.randomSeed ?? 1);
    const { now } = options;
    const slug = seed.partner.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'partner';
    this.partner = {
      id: this.faker.string.uuid(),
      authId: seed.partner.credentials.authId,
      authToken: seed.partner.credentials.authToken,
      name: seed.partner.name,
      email: `partner@${slug}.example`,
      currency: seed.partner.currency,
      balance: toUnits(options.partnerBalance),
      maxAccounts: options.maxAccounts,
      pricingTierId: this.faker.string.uuid(),
      permissions: { canCreateAccounts: true, canTransferBalance: true, canViewCdrs: true },
      createdAt: new Date(now.getTime() - 400 * 86_400_000),
    };
    let cdrId = 18_600_001;
    for (const accountSeed of seed.accounts) {
      const country = accountSeed.country?.toUpperCase() ?? null;
      const account = this.addAccount({
        authId: accountSeed.providerAccountId,
        authToken: accountSeed.authToken ?? this.faker.string.alphanumeric(40),
        name: accountSeed.name,
        email: accountSeed.email,
        phone: accountSeed.phone ?? null,
        country: country ?? 'IN',
        currency: country ? walletCurrencyForCountry(country) : seed.partner.currency,
        postpaid: accountSeed.billingModel === 'POSTPAID',
        balance: toUnits(accountSeed.balance),
        kycStatus: 'verified',
        profile: {},
        createdAt: this.faker.date.between({ from: new Date(now.getTime() - 300 * 86_400_000), to: new Date(now.getTime() - 40 * 86_400_000) }),
      });
      const numbers = generateNumbers(this.faker, account, now);
      this.numbers.push(...numbers);
      const cdrs = generateCdrs(this.faker, account, numbers.map((number) => number.e164), now, cdrId);
      cdrId += cdrs.length;
      this.cdrs.push(...cdrs);
      this.ledger.push(...generateLedger(this.faker, account, this.partner, now));
    }
  }

  account(authId: string): SandboxAccount {
    const account = this.accounts.get(authId);
    if (!account) throw new SandboxApiError(404, 'ACCOUNT_NOT_FOUND', `Customer account ${authId} was not found under this partner.`);
    return account;
  }

  /** POST /accounts: permission, then field rules, then the max_accounts cap. */
  createAccount(body: unknown, now: Date): SandboxAccount {
    if (!this.partner.permissions.canCreateAccounts) throw new SandboxApiError(403, 'FORBIDDEN', 'This partner may not create accounts (can_create_accounts is false).');
    const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const errors: Record<string, string[]> = {};
    const name = text(input.name);
    const email = text(input.email)?.toLowerCase();
    const password = typeof input.password === 'string' ? input.password : '';
    const phone = text(input.phone);
    const country = text(input.country);
    if (!name) errors.name = ['Name is required.'];
    if (!email || !EMAIL.test(email)) errors.email = ['A valid email is required.'];
    else if ([...this.accounts.values()].some((account) => account.email === email) || email === this.partner.email) errors.email = ['This email is already registered on Vobiz.'];
    if (password.length < 8 || !/\d/.test(password) || !/[^A-Za-z0-9]/.test(password)) errors.password = ['Password must be at least 8 characters and include a number and a special character.'];
    if (phone !== undefined && !E164.test(phone)) errors.phone = ['Phone must be in E.164 format, e.g. +919876543210.'];
    if (!country || !isCountryCode(country)) errors.country = ['Country must be an ISO 3166-1 alpha-2 code, e.g. IN.'];
    if (input.gst_status !== undefined && input.gst_status !== 'active' && input.gst_status !== 'inactive') errors.gst_status = ['gst_status must be active or inactive.'];
    if (Object.keys(errors).length > 0) throw new SandboxApiError(422, 'VALIDATION_ERROR', 'The request failed validation.', errors);
    if (this.accounts.size >= this.partner.maxAccounts) {
      throw new SandboxApiError(403, 'MAX_ACCOUNTS_REACHED', `Partner account limit reached (max_accounts is ${this.partner.maxAccounts}).`);
    }
    const profile: Record<string, string> = {};
    for (const field of ['company', ...CREATE_ACCOUNT_OPTIONAL_FIELDS]) {
      const value = text(input[field]);
      if (value) profile[field] = value;
    }
    return this.addAccount({
      authId: `MA_${this.faker.string.alphanumeric({ length: 8, casing: 'upper' })}`,
      authToken: this.faker.string.alphanumeric(40),
      name: name!,
      email: email!,
      phone: phone ?? null,
      country: country!,
      currency: walletCurrencyForCountry(country),
      postpaid: false,
      balance: 0n,
      kycStatus: 'pending',
      profile,
      createdAt: now,
    });
  }

  /** POST /accounts/{id}/transfer-balance: atomic (one synchronous step), no idempotency key. */
  transfer(authId: string, body: unknown, now: Date): SandboxTransfer {
    if (!this.partner.permissions.canTransferBalance) throw new SandboxApiError(403, 'FORBIDDEN', 'This partner may not transfer balance (can_transfer_balance is false).');
    const account = this.account(authId);
    const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const amount = typeof input.amount === 'number' ? unitsFromNumber(input.amount) : null;
    const description = input.description === undefined || input.description === null ? null : input.description;
    const errors: Record<string, string[]> = {};
    if (amount === null || amount <= 0n) errors.amount = ['Amount must be a number greater than 0 with at most 5 decimals.'];
    if (input.currency !== this.partner.currency) errors.currency = [`Currency must be ${this.partner.currency}, the partner's currency.`];
    // Inferred: nothing documents a conversion, so a wallet in another currency cannot be funded.
    else if (account.currency !== this.partner.currency) errors.currency = [`The customer's wallet is in ${account.currency}; transfers between currencies are not supported.`];
    if (description !== null && (typeof description !== 'string' || description.length > 500)) errors.description = ['Description must be text of at most 500 characters.'];
    if (Object.keys(errors).length > 0) throw new SandboxApiError(422, 'VALIDATION_ERROR', 'The request failed validation.', errors);
    if (this.partner.balance < amount!) {
      throw new SandboxApiError(402, 'INSUFFICIENT_BALANCE', 'Partner balance too low to complete this transfer.', {
        required: Number(formatUnits(amount!)),
        available: Number(formatUnits(this.partner.balance)),
        currency: this.partner.currency,
      });
    }
    this.partner.balance -= amount!;
    account.balance += amount!;
    account.updatedAt = now;
    const note = (description as string | null) ?? 'Balance transfer';
    this.ledger.push({
      id: this.faker.string.uuid(),
      accountAuthId: account.authId,
      kind: 'transfer',
      type: 'credit',
      amount: amount!,
      currency: account.currency,
      description: `Transfer from partner ${this.partner.name}: ${note}`,
      reference: `ptc:${this.partner.id}:${account.authId}:${Math.floor(now.getTime() / 1000)}`,
      createdAt: now,
    });
    const transfer: SandboxTransfer = {
      transactionId: `txn_${this.faker.string.hexadecimal({ length: 12, casing: 'lower', prefix: '' })}`,
      fromAccount: this.partner.authId,
      toAccount: account.authId,
      amount: formatUnits(amount!),
      currency: this.partner.currency,
      description: description as string | null,
      partnerBalanceAfter: formatUnits(this.partner.balance),
      customerBalanceAfter: formatUnits(account.balance),
      timestamp: now,
    };
    this.transfers.push(transfer);
    return transfer;
  }

  private addAccount(fields: Omit<SandboxAccount, 'id' | 'apiId' | 'creditLimit' | 'isActive' | 'updatedAt'>): SandboxAccount {
    const account: SandboxAccount = {
      ...fields,
      id: String(this.nextAccountId++),
      apiId: this.faker.string.uuid(),
      email: fields.email.toLowerCase(),
      creditLimit: fields.postpaid ? toUnits('500') : 0n,
      isActive: true,
      updatedAt: fields.createdAt,
    };
    this.accounts.set(account.authId, account);
    return account;
  }
}
