import type { CustomerSummary } from '@/lib/customers/customer-summary';

/** Display names for the enum values a customer carries; one place so every page agrees. */
export const PROVIDER_KIND_LABEL: Record<CustomerSummary['providerKind'], string> = {
  VOBIZ: 'Vobiz',
  CLIQTEL: 'Cliqtel',
  VOIP_ACCOUNT: 'VoIP account',
  BILLING_PLATFORM: 'Billing platform',
};

export const BILLING_MODEL_LABEL: Record<CustomerSummary['billingModel'], string> = {
  PREPAID: 'Prepaid',
  POSTPAID: 'Postpaid',
};

export const CUSTOMER_STATUS_LABEL: Record<CustomerSummary['status'], string> = {
  PENDING: 'Pending',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  CLOSED: 'Closed',
};

/** "United States (US)" from an ISO country code; the bare code if the runtime lacks the name. */
export function countryName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export const KYC_STATUS_LABEL: Record<CustomerSummary['kycStatus'], string> = {
  NOT_REQUIRED: 'Not required',
  PENDING: 'Pending',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
};
