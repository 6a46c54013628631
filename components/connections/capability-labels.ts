import type { Capability } from '@/lib/providers/types';

/** What each capability lets a partner do, in the words the connection pages use. */
export const CAPABILITY_LABEL: Record<Capability, string> = {
  'accounts.create': 'Create customer accounts',
  'accounts.list': 'List customer accounts',
  'accounts.get': 'View a customer account',
  'accounts.balance': 'Read account balances',
  'wallet.fund': 'Fund customer wallets',
  'wallet.transactions': 'Wallet transactions',
  'wallet.creditLimit': 'Set credit limits',
  'numbers.search': 'Search available numbers',
  'numbers.list': 'List phone numbers',
  'numbers.assign': 'Assign numbers to customers',
  'numbers.forwarding': 'Call forwarding',
  'numbers.label': 'Label numbers',
  'numbers.cancel': 'Cancel numbers',
  'usage.cdrs': 'Call records',
  'usage.summary': 'Usage summary',
  'usage.breakdowns': 'Usage breakdowns',
  'usage.export': 'Usage export',
  'billing.invoices': 'Invoices',
  'billing.invoicePdf': 'Invoice PDFs',
  'billing.creditNotes': 'Credit notes',
  'billing.recurringCharges': 'Recurring charges',
  'messaging.sms': 'SMS',
  'messaging.whatsapp': 'WhatsApp',
  'sip.registration': 'SIP registration',
};

/** Headings for the part of a capability name before the dot. */
export const CAPABILITY_GROUP_LABEL: Record<string, string> = {
  accounts: 'Customer accounts',
  wallet: 'Wallet',
  numbers: 'Phone numbers',
  usage: 'Usage',
  billing: 'Billing',
  messaging: 'Messaging',
  sip: 'SIP',
};

export function capabilityGroup(capability: Capability): string {
  return capability.slice(0, capability.indexOf('.'));
}
