import type { CapabilityMap } from '../types.ts';

/**
 * Cliqtel's API is the API of ONE Cliqtel account. Each portal customer on a Cliqtel
 * connection is a Cliqtel account of its own; the portal stores that customer's API key
 * and acts with it. Anything the reference does not document is refused with a reason.
 */
export const cliqtelCapabilities: CapabilityMap = {
  'accounts.create': {
    supported: false,
    reason: "Cliqtel accounts are opened in Cliqtel's portal; create the customer's account there, then paste its API key into this portal.",
  },
  'accounts.list': {
    supported: false,
    reason: "Cliqtel has no reseller API that lists accounts; each customer is linked by pasting the API key of its own Cliqtel account.",
  },
  'accounts.get': { supported: true },
  'accounts.balance': { supported: true },
  'wallet.fund': {
    supported: false,
    reason: "Cliqtel documents no top-up endpoint; customers top up their wallet in Cliqtel's portal.",
  },
  'wallet.transactions': { supported: true },
  'wallet.creditLimit': {
    supported: false,
    reason: 'Cliqtel sets credit limits itself; its API only reports them.',
  },
  'numbers.search': { supported: true },
  'numbers.list': { supported: true },
  'numbers.assign': {
    supported: false,
    reason: "A Cliqtel number belongs to the Cliqtel account that bought it; buy it in the customer's Cliqtel account (Cliqtel's checkout).",
  },
  'numbers.forwarding': { supported: true },
  'numbers.label': { supported: true },
  'numbers.cancel': { supported: true },
  'usage.cdrs': { supported: true },
  'usage.summary': { supported: true },
  'usage.breakdowns': { supported: true },
  'usage.export': { supported: true },
  'billing.invoices': { supported: true },
  'billing.invoicePdf': { supported: true },
  'billing.creditNotes': { supported: true },
  'billing.recurringCharges': {
    supported: false,
    reason: "Cliqtel's API has no recurring-charges report; monthly number fees appear on each number and on the invoices.",
  },
  'messaging.sms': { supported: true },
  'messaging.whatsapp': { supported: true },
  'sip.registration': {
    supported: false,
    reason: "Cliqtel's API does not report SIP registration status.",
  },
};

/** Documented: /v1/sms and /v1/whatsapp allow 60 requests a minute per Cliqtel user (one budget for both, inferred). */
export const CLIQTEL_MESSAGING_LIMIT = { calls: 60, windowMs: 60_000 };
