/**
 * Customers name the index of the partner's connection they live on; those with a
 * `login` get a customer user. The demo tenants created by `npm run db:seed` and the first embedded start. Their
 * connections point at the local provider sandboxes that demo mode runs
 * (lib/seed/start-demo-sandboxes.ts), which accept exactly these demo credentials.
 */
export const DEMO_PASSWORD = 'Demo-portal-2026!';

export const DEMO_PLATFORM_ADMIN = { email: 'admin@platform.test', name: 'Platform Admin' };

export const DEMO_SANDBOX_PORTS = { VOBIZ: 4010, CLIQTEL: 4020, VOIP_ACCOUNT: 4030, BILLING_PLATFORM: 4040 } as const;

export const DEMO_PARTNERS = [
  {
    slug: 'northwind',
    name: 'Northwind Telecom',
    currency: 'USD',
    timeZone: 'America/New_York',
    connections: [
      {
        kind: 'VOBIZ',
        label: 'Vobiz (sandbox)',
        baseUrl: `http://127.0.0.1:${DEMO_SANDBOX_PORTS.VOBIZ}/api/v1/partner`,
        credentials: { authId: 'PA_NORTHWIND', authToken: 'demo-vobiz-northwind-partner-token' },
      },
      {
        kind: 'VOIP_ACCOUNT',
        label: 'VoIP account API (sandbox)',
        baseUrl: `http://127.0.0.1:${DEMO_SANDBOX_PORTS.VOIP_ACCOUNT}`,
        credentials: { adminApiKey: 'demo-voip-northwind-admin-key' },
      },
    ],
    admin: { email: 'admin@northwind.test', name: 'Nora Admin' },
    staff: { email: 'staff@northwind.test', name: 'Sam Staff' },
    customers: [
      { connection: 0, accountId: 'MA_NW000001', name: 'Acme Dental', email: 'it@acme-dental.test', phone: '+14155550101', country: 'US', balance: '125.50000', billingModel: 'PREPAID', login: 'owner@acme-dental.test', authToken: 'demo-vobiz-acme-dental-token' },
      { connection: 0, accountId: 'MA_NW000002', name: 'Harbor Logistics', email: 'ops@harbor-logistics.test', phone: '+14155550102', country: 'US', balance: '42.00000', billingModel: 'POSTPAID', login: 'owner@harbor-logistics.test', authToken: 'demo-vobiz-harbor-logistics-token' },
      { connection: 1, accountId: '4592086960', name: 'Summit Clinics', email: 'billing@summit-clinics.test', phone: '+14155550199', country: 'US', balance: '64.20000', billingModel: 'PREPAID', login: null, authToken: 'demo-voip-summit-clinics-apikey' },
    ],
  },
  {
    slug: 'bluewave',
    name: 'Bluewave Voice',
    currency: 'EUR',
    timeZone: 'Europe/Paris',
    connections: [
      {
        kind: 'CLIQTEL',
        label: 'Cliqtel (sandbox)',
        baseUrl: `http://127.0.0.1:${DEMO_SANDBOX_PORTS.CLIQTEL}/api`,
        credentials: { apiToken: '7|demo-cliqtel-bluewave-partner-key' },
      },
      {
        kind: 'BILLING_PLATFORM',
        label: 'Billing platform (sandbox)',
        baseUrl: `http://127.0.0.1:${DEMO_SANDBOX_PORTS.BILLING_PLATFORM}`,
        credentials: { apiKey: 'demo-billing-bluewave-api-key' },
      },
    ],
    admin: { email: 'admin@bluewave.test', name: 'Bea Admin' },
    staff: { email: 'staff@bluewave.test', name: 'Ben Staff' },
    customers: [
      { connection: 0, accountId: 'CQ-BW-1001', name: 'Café Lumière', email: 'contact@cafe-lumiere.test', phone: '+33155550103', country: 'FR', balance: '310.25000', billingModel: 'PREPAID', login: 'owner@cafe-lumiere.test', authToken: '21|demo-cliqtel-cafe-lumiere-key' },
      { connection: 0, accountId: 'CQ-BW-1002', name: 'Nordlicht Studios', email: 'office@nordlicht.test', phone: '+4930555010', country: 'DE', balance: '8.75000', billingModel: 'PREPAID', login: 'owner@nordlicht.test', authToken: '22|demo-cliqtel-nordlicht-key' },
      { connection: 1, accountId: '42', name: 'Atelier Nova', email: 'finance@atelier-nova.test', phone: '+31205550142', country: 'NL', balance: '150.00000', billingModel: 'POSTPAID', login: null, authToken: null },
    ],
  },
] as const;
