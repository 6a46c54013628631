import type { PrismaClient, Role } from '../db/client.ts';
import { hashPassword } from '../auth/password.ts';
import { encryptSecret, encryptSecretJson } from '../secrets/encrypt-secret.ts';
import { DEMO_PARTNERS, DEMO_PASSWORD, DEMO_PLATFORM_ADMIN } from './demo-data.ts';
import { seedDemoPriceLists } from './demo-price-lists.ts';

export type DemoCredential = { role: Role; email: string; password: string; partner: string | null };

/** Creates a user once; a second run leaves it (and its password) untouched. */
async function ensureUser(
  db: PrismaClient,
  user: { email: string; name: string; role: Role; partnerId?: string; customerId?: string },
): Promise<void> {
  const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing) return;
  await db.user.create({ data: { ...user, passwordHash: await hashPassword(DEMO_PASSWORD) } });
}

/**
 * Idempotent: every row is found by its natural key and created only when missing, so
 * running it twice changes nothing.
 */
export async function seedDemoData(db: PrismaClient): Promise<DemoCredential[]> {
  const credentials: DemoCredential[] = [];
  await ensureUser(db, { ...DEMO_PLATFORM_ADMIN, role: 'PLATFORM_ADMIN' });
  credentials.push({ role: 'PLATFORM_ADMIN', email: DEMO_PLATFORM_ADMIN.email, password: DEMO_PASSWORD, partner: null });

  for (const demo of DEMO_PARTNERS) {
    const partner = await db.partner.upsert({
      where: { slug: demo.slug },
      update: {},
      create: { slug: demo.slug, name: demo.name, currency: demo.currency, timeZone: demo.timeZone },
    });
    const connectionIds: string[] = [];
    for (const demoConnection of demo.connections) {
      const connection =
        (await db.providerConnection.findUnique({ where: { partnerId_label: { partnerId: partner.id, label: demoConnection.label } } })) ??
        (await db.providerConnection.create({
          data: {
            partnerId: partner.id,
            kind: demoConnection.kind,
            label: demoConnection.label,
            baseUrl: demoConnection.baseUrl,
            secretsEnc: await encryptSecretJson(demoConnection.credentials, db),
          },
        }));
      connectionIds.push(connection.id);
    }
    await ensureUser(db, { ...demo.admin, role: 'PARTNER_ADMIN', partnerId: partner.id });
    await ensureUser(db, { ...demo.staff, role: 'PARTNER_STAFF', partnerId: partner.id });
    credentials.push(
      { role: 'PARTNER_ADMIN', email: demo.admin.email, password: DEMO_PASSWORD, partner: demo.name },
      { role: 'PARTNER_STAFF', email: demo.staff.email, password: DEMO_PASSWORD, partner: demo.name },
    );

    for (const c of demo.customers) {
      const connection = { id: connectionIds[c.connection]! };
      const customer =
        (await db.customer.findUnique({ where: { connectionId_providerAccountId: { connectionId: connection.id, providerAccountId: c.accountId } } })) ??
        (await db.customer.create({
          data: {
            partnerId: partner.id,
            connectionId: connection.id,
            providerAccountId: c.accountId,
            authTokenEnc: c.authToken ? await encryptSecret(c.authToken, db) : null,
            name: c.name,
            email: c.email,
            phone: c.phone,
            country: c.country,
            status: 'ACTIVE',
            billingModel: c.billingModel,
            currency: demo.currency,
            balance: c.balance,
          },
        }));
      if (!c.login) continue;
      await ensureUser(db, { email: c.login, name: `${c.name} owner`, role: 'CUSTOMER', partnerId: partner.id, customerId: customer.id });
      credentials.push({ role: 'CUSTOMER', email: c.login, password: DEMO_PASSWORD, partner: demo.name });
    }
  }
  await seedDemoPriceLists(db);
  return credentials;
}

export function formatDemoCredentials(credentials: DemoCredential[]): string {
  const rows = credentials.map((c) => `  ${c.role.padEnd(15)} ${c.email.padEnd(30)} ${c.partner ?? '(platform)'}`);
  return ['Demo logins (password for all: ' + DEMO_PASSWORD + '):', ...rows].join('\n');
}

export function printDemoCredentials(credentials: DemoCredential[]): void {
  process.stdout.write(`${formatDemoCredentials(credentials)}\n`);
}
