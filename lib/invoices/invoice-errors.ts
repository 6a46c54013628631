/** A portal invoice could not be made for a customer; `message` says why in words staff can act on. */
export class InvoiceNotGenerated extends Error {
  constructor(readonly customerId: string, message: string) {
    super(message);
    this.name = 'InvoiceNotGenerated';
  }
}

/** No PDF can be produced for this invoice (e.g. the provider has none for it). */
export class InvoicePdfUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvoicePdfUnavailable';
  }
}

/** A monthly run left some invoices unmade; thrown so the job runner retries (only those are made). */
export class InvoiceRunIncomplete extends Error {
  constructor(readonly failures: number) {
    super(`${failures} invoices could not be generated; the run is retried and creates only those.`);
    this.name = 'InvoiceRunIncomplete';
  }
}

/** The month asked for has not ended in the partner's time zone, so it cannot be invoiced yet. */
export class InvoiceMonthNotEnded extends Error {
  constructor(readonly month: string, message: string) {
    super(message);
    this.name = 'InvoiceMonthNotEnded';
  }
}
