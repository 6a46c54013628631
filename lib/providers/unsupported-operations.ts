import { CapabilityUnavailable } from './errors.ts';
import type { Capability, CapabilityMap, ProviderAdapter, ProviderKind } from './types.ts';

/**
 * Base class for adapters: every operation refuses with the capability's documented
 * reason. An adapter overrides exactly the operations its provider offers.
 */
export abstract class UnsupportedOperations implements ProviderAdapter {
  abstract readonly kind: ProviderKind;
  abstract readonly capabilities: CapabilityMap;

  protected unsupported(capability: Capability): never {
    const status = this.capabilities[capability];
    throw new CapabilityUnavailable(this.kind, capability, status.supported ? `${capability} is not implemented` : status.reason);
  }

  abstract testConnection(): ReturnType<ProviderAdapter['testConnection']>;

  createAccount(): ReturnType<ProviderAdapter['createAccount']> {
    return this.unsupported('accounts.create');
  }
  listAccounts(): ReturnType<ProviderAdapter['listAccounts']> {
    return this.unsupported('accounts.list');
  }
  getAccount(): ReturnType<ProviderAdapter['getAccount']> {
    return this.unsupported('accounts.get');
  }
  getBalance(): ReturnType<ProviderAdapter['getBalance']> {
    return this.unsupported('accounts.balance');
  }
  fundAccount(): ReturnType<ProviderAdapter['fundAccount']> {
    return this.unsupported('wallet.fund');
  }
  findFunding(): ReturnType<ProviderAdapter['findFunding']> {
    return this.unsupported('wallet.fund');
  }
  listTransactions(): ReturnType<ProviderAdapter['listTransactions']> {
    return this.unsupported('wallet.transactions');
  }
  setCreditLimit(): ReturnType<ProviderAdapter['setCreditLimit']> {
    return this.unsupported('wallet.creditLimit');
  }
  searchAvailableNumbers(): ReturnType<ProviderAdapter['searchAvailableNumbers']> {
    return this.unsupported('numbers.search');
  }
  listNumbers(): ReturnType<ProviderAdapter['listNumbers']> {
    return this.unsupported('numbers.list');
  }
  assignNumber(): ReturnType<ProviderAdapter['assignNumber']> {
    return this.unsupported('numbers.assign');
  }
  unassignNumber(): ReturnType<ProviderAdapter['unassignNumber']> {
    return this.unsupported('numbers.assign');
  }
  setForwarding(): ReturnType<ProviderAdapter['setForwarding']> {
    return this.unsupported('numbers.forwarding');
  }
  setLabel(): ReturnType<ProviderAdapter['setLabel']> {
    return this.unsupported('numbers.label');
  }
  cancelNumber(): ReturnType<ProviderAdapter['cancelNumber']> {
    return this.unsupported('numbers.cancel');
  }
  listCdrs(): ReturnType<ProviderAdapter['listCdrs']> {
    return this.unsupported('usage.cdrs');
  }
  getUsageSummary(): ReturnType<ProviderAdapter['getUsageSummary']> {
    return this.unsupported('usage.summary');
  }
  getUsageBreakdown(): ReturnType<ProviderAdapter['getUsageBreakdown']> {
    return this.unsupported('usage.breakdowns');
  }
  exportUsage(): ReturnType<ProviderAdapter['exportUsage']> {
    return this.unsupported('usage.export');
  }
  listInvoices(): ReturnType<ProviderAdapter['listInvoices']> {
    return this.unsupported('billing.invoices');
  }
  getInvoicePdf(): ReturnType<ProviderAdapter['getInvoicePdf']> {
    return this.unsupported('billing.invoicePdf');
  }
  listCreditNotes(): ReturnType<ProviderAdapter['listCreditNotes']> {
    return this.unsupported('billing.creditNotes');
  }
  getRecurringCharges(): ReturnType<ProviderAdapter['getRecurringCharges']> {
    return this.unsupported('billing.recurringCharges');
  }
  sendSms(): ReturnType<ProviderAdapter['sendSms']> {
    return this.unsupported('messaging.sms');
  }
  listSms(): ReturnType<ProviderAdapter['listSms']> {
    return this.unsupported('messaging.sms');
  }
  sendWhatsApp(): ReturnType<ProviderAdapter['sendWhatsApp']> {
    return this.unsupported('messaging.whatsapp');
  }
  getSipRegistration(): ReturnType<ProviderAdapter['getSipRegistration']> {
    return this.unsupported('sip.registration');
  }
}
