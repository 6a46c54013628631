import type { CapabilityMap } from '../types.ts';

const NO_WALLET = "The provider's API cannot move funds; top accounts up in the provider's own portal.";
const NO_NUMBERS = "The provider's API has no number (DID) calls; manage numbers in the provider's own portal.";
const NO_INVOICES = "The provider's API publishes no invoices; only the monthly recurring charges are available.";
const NO_USAGE_REPORTS =
  'The provider offers only raw call records (six requests an hour); the portal totals the records it has already fetched.';
const NO_MESSAGING = "The provider's API has no messaging calls.";

/** What the VoIP account API documents: sub-accounts, account info, CDRs, recurring charges, SIP. */
export const VOIP_ACCOUNT_CAPABILITIES: CapabilityMap = {
  'accounts.create': { supported: true },
  'accounts.list': { supported: false, reason: "The provider's API cannot list sub-accounts; the portal keeps its own list of the accounts it created." },
  'accounts.get': { supported: true },
  'accounts.balance': { supported: true },
  'wallet.fund': { supported: false, reason: NO_WALLET },
  'wallet.transactions': { supported: false, reason: "The provider's API has no transaction history; see it in the provider's own portal." },
  'wallet.creditLimit': { supported: false, reason: NO_WALLET },
  'numbers.search': { supported: false, reason: NO_NUMBERS },
  'numbers.list': { supported: false, reason: NO_NUMBERS },
  'numbers.assign': { supported: false, reason: NO_NUMBERS },
  'numbers.forwarding': { supported: false, reason: NO_NUMBERS },
  'numbers.label': { supported: false, reason: NO_NUMBERS },
  'numbers.cancel': { supported: false, reason: NO_NUMBERS },
  'usage.cdrs': { supported: true },
  'usage.summary': { supported: false, reason: NO_USAGE_REPORTS },
  'usage.breakdowns': { supported: false, reason: NO_USAGE_REPORTS },
  'usage.export': { supported: false, reason: NO_USAGE_REPORTS },
  'billing.invoices': { supported: false, reason: NO_INVOICES },
  'billing.invoicePdf': { supported: false, reason: NO_INVOICES },
  'billing.creditNotes': { supported: false, reason: NO_INVOICES },
  'billing.recurringCharges': { supported: true },
  'messaging.sms': { supported: false, reason: NO_MESSAGING },
  'messaging.whatsapp': { supported: false, reason: NO_MESSAGING },
  'sip.registration': { supported: true },
};
