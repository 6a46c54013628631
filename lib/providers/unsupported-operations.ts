import { CapabilityUnavailable } from './errors.ts';
import type { Capability, CapabilityMap, ProviderAdapter, ProviderKind } from './types.ts';

/**
 * Base class for adapters: every operation refuses with the capability's documented
 * reason. An adapter overrides exactly the operations its provider offers.
 */
export abstract class UnsupportedOperations implements ProviderAdapter {
  abstract readonly kind: ProviderKind;
  abstract readonly capabilities: CapabilityMap;

  /** A rejected promise, so callers' `.catch` sees it like any provider failure. */
  protected unsupported(capability: Capability): Promise<never> {
    const status = this.capabilities[capability];
    return Promise.reject(new CapabilityUnavailable(this.kind, capability, status.supported ? `The adapter offers no ${capability} operation.` : status.reason));
  }

  abstract testConnection(): ReturnType<ProviderAdapter['testConnection']>;

  createAccount(..._args: Parameters<ProviderAdapter['createAccount']>): ReturnType<ProviderAdapter['createAccount']> {
    return this.unsupported('accounts.create');
  }
  listAccounts(..._args: Parameters<ProviderAdapter['listAccounts']>): ReturnType<ProviderAdapter['listAccounts']> {
    return this.unsupported('accounts.list');
  }
  getAccount(..._args: Parameters<ProviderAdapter['getAccount']>): ReturnType<ProviderAdapter['getAccount']> {
    return this.unsupported('accounts.get');
  }
  getBalance(..._args: Parameters<ProviderAdapter['getBalance']>): ReturnType<ProviderAdapter['getBalance']> {
    return this.unsupported('accounts.balance');
  }
  fundAccount(..._args: Parameters<ProviderAdapter['fundAccount']>): ReturnType<ProviderAdapter['fundAccount']> {
    return this.unsupported('wallet.fund');
  }
  findFunding(..._args: Parameters<ProviderAdapter['findFunding']>): ReturnType<ProviderAdapter['findFunding']> {
    return this.unsupported('wallet.fund');
  }
  listTransactions(..._args: Parameters<ProviderAdapter['listTransactions']>): ReturnType<ProviderAdapter['listTransactions']> {
    return this.unsupported('wallet.transactions');
  }
  setCreditLimit(..._args: Parameters<ProviderAdapter['setCreditLimit']>): ReturnType<ProviderAdapter['setCreditLimit']> {
    return this.unsupported('wallet.creditLimit');
  }
  searchAvailableNumbers(..._args: Parameters<ProviderAdapter['searchAvailableNumbers']>): ReturnType<ProviderAdapter['searchAvailableNumbers']> {
    return this.unsupported('numbers.search');
  }
  listNumbers(..._args: Parameters<ProviderAdapter['listNumbers']>): ReturnType<ProviderAdapter['listNumbers']> {
    return this.unsupported('numbers.list');
  }
  assignNumber(..._args: Parameters<ProviderAdapter['assignNumber']>): ReturnType<ProviderAdapter['assignNumber']> {
    return this.unsupported('numbers.assign');
  }
  unassignNumber(..._args: Parameters<ProviderAdapter['unassignNumber']>): ReturnType<ProviderAdapter['unassignNumber']> {
    return this.unsupported('numbers.assign');
  }
  setForwarding(..._args: Parameters<ProviderAdapter['setForwarding']>): ReturnType<ProviderAdapter['setForwarding']> {
    return this.unsupported('numbers.forwarding');
  }
  setLabel(..._args: Parameters<ProviderAdapter['setLabel']>): ReturnType<ProviderAdapter['setLabel']> {
    return this.unsupported('numbers.label');
  }
  cancelNumber(..._args: Parameters<ProviderAdapter['cancelNumber']>): ReturnType<ProviderAdapter['cancelNumber']> {
    return this.unsupported('numbers.cancel');
  }
  listCdrs(..._args: Parameters<ProviderAdapter['listCdrs']>): ReturnType<ProviderAdapter['listCdrs']> {
    return this.unsupported('usage.cdrs');
  }
  getUsageSummary(..._args: Parameters<ProviderAdapter['getUsageSummary']>): ReturnType<ProviderAdapter['getUsageSummary']> {
    return this.unsupported('usage.summary');
  }
  getUsageBreakdown(..._args: Parameters<ProviderAdapter['getUsageBreakdown']>): ReturnType<ProviderAdapter['getUsageBreakdown']> {
    return this.unsupported('usage.breakdowns');
  }
  exportUsage(..._args: Parameters<ProviderAdapter['exportUsage']>): ReturnType<ProviderAdapter['exportUsage']> {
    return this.unsupported('usage.export');
  }
  listInvoices(..._args: Parameters<ProviderAdapter['listInvoices']>): ReturnType<ProviderAdapter['listInvoices']> {
    return this.unsupported('billing.invoices');
  }
  getInvoicePdf(..._args: Parameters<ProviderAdapter['getInvoicePdf']>): ReturnType<ProviderAdapter['getInvoicePdf']> {
    return this.unsupported('billing.invoicePdf');
  }
  listCreditNotes(..._args: Parameters<ProviderAdapter['listCreditNotes']>): ReturnType<ProviderAdapter['listCreditNotes']> {
    return this.unsupported('billing.creditNotes');
  }
  getRecurringCharges(..._args: Parameters<ProviderAdapter['getRecurringCharges']>): ReturnType<ProviderAdapter['getRecurringCharges']> {
    return this.unsupported('billing.recurringCharges');
  }
  sendSms(..._args: Parameters<ProviderAdapter['sendSms']>): ReturnType<ProviderAdapter['sendSms']> {
    return this.unsupported('messaging.sms');
  }
  listSms(..._args: Parameters<ProviderAdapter['listSms']>): ReturnType<ProviderAdapter['listSms']> {
    return this.unsupported('messaging.sms');
  }
  sendWhatsApp(..._args: Parameters<ProviderAdapter['sendWhatsApp']>): ReturnType<ProviderAdapter['sendWhatsApp']> {
    return this.unsupported('messaging.whatsapp');
  }
  getSipRegistration(..._args: Parameters<ProviderAdapter['getSipRegistration']>): ReturnType<ProviderAdapter['getSipRegistration']> {
    return this.unsupported('sip.registration');
  }
}
