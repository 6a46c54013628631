import type { CapabilityMap } from '../types.ts';

const supported = { supported: true } as const;
const notOffered = (reason: string) => ({ supported: false, reason }) as const;

/** What the Vobiz Partner API offers, and in plain words what it does not. */
export const vobizCapabilities: CapabilityMap = {
  'accounts.create': supported,
  'accounts.list': supported,
  'accounts.get': supported,
  'accounts.balance': supported,
  'wallet.fund': supported,
  'wallet.transactions': supported,
  'wallet.creditLimit': notOffered("Vobiz's Partner API cannot change a customer's credit limit; Vobiz sets postpaid limits in its console."),
  'numbers.search': notOffered('Vobiz sells numbers in its own console, not through the Partner API.'),
  'numbers.list': supported,
  'numbers.assign': notOffered('Vobiz assigns numbers in its own console; the portal records which customer gets which number itself.'),
  'numbers.forwarding': notOffered("Vobiz routes a number through the customer's application, which is set in the Vobiz console."),
  'numbers.label': notOffered("Vobiz's Partner API has no labels for numbers."),
  'numbers.cancel': notOffered('Vobiz releases numbers in its own console, not through the Partner API.'),
  'usage.cdrs': supported,
  'usage.summary': notOffered("Vobiz's Partner API has no per-customer usage summary; totals come from the call records."),
  'usage.breakdowns': notOffered("Vobiz's Partner API has no usage breakdowns; they come from the call records."),
  'usage.export': notOffered("Vobiz's Partner API has no usage export."),
  'billing.invoices': notOffered("Vobiz's Partner API has no invoices."),
  'billing.invoicePdf': notOffered("Vobiz's Partner API has no invoices."),
  'billing.creditNotes': notOffered("Vobiz's Partner API has no credit notes."),
  'billing.recurringCharges': notOffered("Vobiz's Partner API lists no recurring charges; each number shows its own monthly fee."),
  'messaging.sms': notOffered("Vobiz's Partner API does not send or list SMS."),
  'messaging.whatsapp': notOffered("Vobiz's Partner API does not send WhatsApp messages."),
  'sip.registration': notOffered("Vobiz's Partner API does not report SIP registrations."),
};
