import type { CapabilityMap } from '../types.ts';

const SUPPORTED = { supported: true } as const;

/** What the billing platform's API lets the portal do, and why the rest is missing. */
export const BILLING_PLATFORM_CAPABILITIES: CapabilityMap = {
  'accounts.create': SUPPORTED,
  'accounts.list': SUPPORTED,
  'accounts.get': SUPPORTED,
  'accounts.balance': SUPPORTED,
  'wallet.fund': SUPPORTED,
  'wallet.transactions': SUPPORTED,
  'wallet.creditLimit': SUPPORTED,
  'numbers.search': SUPPORTED,
  'numbers.list': SUPPORTED,
  'numbers.assign': SUPPORTED,
  'numbers.forwarding': {
    supported: false,
    reason: 'Call routing for a number is configured on the switch; the billing platform only rates and bills it.',
  },
  'numbers.label': { supported: false, reason: "The billing platform's API offers no label for a number." },
  'numbers.cancel': {
    supported: false,
    reason: "Unassigning a number returns it to the billing platform's stock; deleting it from the inventory is done in the platform's own interface.",
  },
  'usage.cdrs': SUPPORTED,
  'usage.summary': { supported: false, reason: "The billing platform's API returns individual call records, not usage totals." },
  'usage.breakdowns': { supported: false, reason: "The billing platform's API returns individual call records, not usage breakdowns." },
  'usage.export': { supported: false, reason: "The billing platform's API offers no usage export file." },
  'billing.invoices': SUPPORTED,
  'billing.invoicePdf': SUPPORTED,
  'billing.creditNotes': { supported: false, reason: "The billing platform's API does not expose credit notes." },
  'billing.recurringCharges': { supported: false, reason: "The billing platform's API does not expose a customer's recurring charges." },
  'messaging.sms': { supported: false, reason: 'The billing platform bills voice traffic; it does not send messages.' },
  'messaging.whatsapp': { supported: false, reason: 'The billing platform bills voice traffic; it does not send messages.' },
  'sip.registration': { supported: false, reason: 'SIP registrations live on the switch, not in the billing platform.' },
};
