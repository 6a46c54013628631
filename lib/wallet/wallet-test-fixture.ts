import type { PartnerScope } from '../auth/require-partner-admin.ts';
import type { ProviderKind } from '../db/client.ts';
import type { FaultSettings } from '../providers/sandbox/sandbox-server.ts';
import { fundingMarker } from '../providers/vobiz/adapter.ts';
import { startVobizSandbox, type RunningVobizSandbox } from '../providers/vobiz/sandbox.ts';
import { encryptSecretJson } from '../secrets/encrypt-secret.ts';
import { testDb } from '../../test/integration/test-db.ts';

/** Shared by the wallet's integration tests: a Vobiz sandbox and one partner whose customers live there. */
export const VOBIZ_TEST_CREDENTIALS = { authId: 'PA_WALLET', authToken: 'wallet-tests-partner-token' };

/** Customers' wallets start at zero, so the sandbox's balances and the ledger's are comparable. */
export function startWalletVobizSandbox(accountIds: string[], options: { faults?: Partial<FaultSettings>; partnerBalance?: string } = {}): Promise<RunningVobizSandbox> {
  return startVobizSandbox({
    port: 0,
    faults: options.faults,
    partnerBalance: options.partnerBalance ?? '1000000.00000',
    // Generous: these tests exercise faults, not Vobiz's request quota.
    rateLimit: { requests: 1_000_000, windowMs: 60_000 },
    seed: {
      partner: { name: 'Wallet Tests', currency: 'USD', credentials: VOBIZ_TEST_CREDENTIALS },
      accounts: accountIds.map((id, index) => ({ providerAccountId: id, name: `Customer ${index + 1}`, email: `c${index + 1}@wallet.test`, country: 'US', balance: '0', billingModel: 'PREPAID' })),
      randomSeed: 7,
    },
  });
}

export type WalletTenant = {
  partnerId: string;
  admin: PartnerScope;
  staff: PartnerScope;
  otherStaff: PartnerScope;
  connectionId: string;
  /** Customer ids in the order of the account ids given. */
  customerIds: string[];
};

export async function seedWalletTenant(
  connection: { kind: ProviderKind; baseUrl: string; credentials: object },
  accountIds: string[],
  options: { slug?: string; billingModel?: 'PREPAID' | 'POSTPAID'; currency?: string } = {},
): Promise<WalletTenant> {
  const db = testDb();
  const slug = options.slug ?? 'wallet';
  const currency = options.currency ?? 'USD';
  const partner = await db.partner.create({ data: { slug, name: `Partner ${slug}`, currency } });
  const secretsEnc = await encryptSecretJson(connection.credentials);
  const row = await db.providerConnection.create({
    data: { partnerId: partner.id, kind: connection.kind, label: `${connection.kind} test`, baseUrl: connection.baseUrl, secretsEnc },
  });
  const customerIds: string[] = [];
  for (const [index, accountId] of accountIds.entries()) {
    const customer = await db.customer.create({
      data: {
        partnerId: partner.id,
        connectionId: row.id,
        name: `Customer ${index + 1}`,
        email: `c${index + 1}@${slug}.test`,
        providerAccountId: accountId,
        status: 'ACTIVE',
        billingModel: options.billingModel ?? 'PREPAID',
        currency,
      },
    });
    customerIds.push(customer.id);
  }
  const scope = (role: PartnerScope['role'], user: string): PartnerScope => ({ area: 'partner', role, userId: `${slug}-${user}`, email: `${user}@${slug}.test`, partnerId: partner.id });
  return { partnerId: partner.id, admin: scope('PARTNER_ADMIN', 'admin'), staff: scope('PARTNER_STAFF', 'staff'), otherStaff: scope('PARTNER_STAFF', 'staff2'), connectionId: row.id, customerIds };
}

/** How many transfers the sandbox applied for one funding (found by the marker the adapter adds). */
export function sandboxTransfersFor(sandbox: RunningVobizSandbox, fundingId: string): number {
  const marker = fundingMarker(fundingId);
  return sandbox.transfers().filter((transfer) => transfer.description?.includes(marker)).length;
}

export async function ledgerWalletBalance(customerId: string): Promise<string> {
  const account = await testDb().ledgerAccount.findFirst({ where: { customerId, kind: 'CUSTOMER_WALLET' } });
  return account?.balance.toFixed(2) ?? '0.00';
}

export async function ledgerBalanceOfKind(partnerId: string, kind: 'PARTNER_FUNDING' | 'TRANSFERS_IN_FLIGHT'): Promise<string> {
  const account = await testDb().ledgerAccount.findFirst({ where: { partnerId, kind } });
  return account?.balance.toFixed(2) ?? '0.00';
}
