import { startBillingPlatformSandbox } from '../providers/billing-platform/sandbox.ts';
import { startCliqtelSandbox } from '../providers/cliqtel/sandbox.ts';
import type { RunningSandbox } from '../providers/sandbox/sandbox-server.ts';
import type { SandboxAccountSeed } from '../providers/sandbox/sandbox-seed.ts';
import { startVobizSandbox } from '../providers/vobiz/sandbox.ts';
import { startVoipAccountSandbox } from '../providers/voip-account/sandbox.ts';
import { DEMO_PARTNERS, DEMO_SANDBOX_PORTS } from './demo-data.ts';

type DemoPartner = (typeof DEMO_PARTNERS)[number];
type DemoConnection = DemoPartner['connections'][number];

function accountsOn(partner: DemoPartner, connection: DemoConnection): SandboxAccountSeed[] {
  const index = (partner.connections as readonly DemoConnection[]).indexOf(connection);
  return partner.customers.filter((c) => c.connection === index).map((c) => ({
    providerAccountId: c.accountId,
    name: c.name,
    email: c.email,
    phone: c.phone,
    country: c.country,
    balance: c.balance,
    billingModel: c.billingModel,
    authToken: c.authToken ?? undefined,
  }));
}

/**
 * Starts one local sandbox per provider kind on the demo ports, seeded so that the demo
 * partners' connections and customers exist there: every screen works on a fresh machine.
 */
export async function startDemoSandboxes(): Promise<RunningSandbox[]> {
  const running: RunningSandbox[] = [];
  try {
    for (const [index, partner] of DEMO_PARTNERS.entries()) {
      for (const connection of partner.connections) {
        const base = { name: partner.name, currency: partner.currency };
        const accounts = accountsOn(partner, connection);
        const randomSeed = 1000 + index;
        const port = DEMO_SANDBOX_PORTS[connection.kind];
        switch (connection.kind) {
          case 'VOBIZ':
            running.push(await startVobizSandbox({ port, seed: { partner: { ...base, credentials: connection.credentials }, accounts, randomSeed } }));
            break;
          case 'CLIQTEL':
            running.push(await startCliqtelSandbox({ port, seed: { partner: { ...base, credentials: connection.credentials }, accounts, randomSeed } }));
            break;
          case 'VOIP_ACCOUNT':
            running.push(await startVoipAccountSandbox({ port, seed: { partner: { ...base, credentials: connection.credentials }, accounts, randomSeed } }));
            break;
          case 'BILLING_PLATFORM':
            running.push(await startBillingPlatformSandbox({ port, seed: { partner: { ...base, credentials: connection.credentials }, accounts, randomSeed } }));
            break;
        }
      }
    }
  } catch (error) {
    await Promise.all(running.map((sandbox) => sandbox.close()));
    throw error;
  }
  return running;
}
