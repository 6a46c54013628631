/**
 * The demo tenants created by `npm run db:seed` and the first embedded start. The
 * connections point at the local provider sandboxes that demo mode runs.
 */
export const DEMO_PASSWORD = 'Demo-portal-2026!';

export const DEMO_PLATFORM_ADMIN = { email: 'admin@platform.test', name: 'Platform Admin' };

export const DEMO_PARTNERS = [
  {
    slug: 'northwind',
    name: 'Northwind Telecom',
    currency: 'USD',
    connection: { kind: 'VOBIZ', label: 'Vobiz (sandbox)', baseUrl: 'http://127.0.0.1:4010/api/v1/partner' },
    admin: { email: 'admin@northwind.test', name: 'Nora Admin' },
    staff: { email: 'staff@northwind.test', name: 'Sam Staff' },
    customers: [
      { accountId: 'MA_NW000001', name: 'Acme Dental', email: 'it@acme-dental.test', phone: '+14155550101', country: 'US', balance: '125.50000', billingModel: 'PREPAID', login: 'owner@acme-dental.test' },
      { accountId: 'MA_NW000002', name: 'Harbor Logistics', email: 'ops@harbor-logistics.test', phone: '+14155550102', country: 'US', balance: '42.00000', billingModel: 'POSTPAID', login: 'owner@harbor-logistics.test' },
    ],
  },
  {
    slug: 'bluewave',
    name: 'Bluewave Voice',
    currency: 'EUR',
    connection: { kind: 'CLIQTEL', label: 'Cliqtel (sandbox)', baseUrl: 'http://127.0.0.1:4020/api' },
    admin: { email: 'admin@bluewave.test', name: 'Bea Admin' },
    staff: { email: 'staff@bluewave.test', name: 'Ben Staff' },
    customers: [
      { accountId: 'CQ-BW-1001', name: 'Café Lumière', email: 'contact@cafe-lumiere.test', phone: '+33155550103', country: 'FR', balance: '310.25000', billingModel: 'PREPAID', login: 'owner@cafe-lumiere.test' },
      { accountId: 'CQ-BW-1002', name: 'Nordlicht Studios', email: 'office@nordlicht.test', phone: '+4930555010', country: 'DE', balance: '8.75000', billingModel: 'PREPAID', login: 'owner@nordlicht.test' },
    ],
  },
] as const;
