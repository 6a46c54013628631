import { z } from 'zod';
import type { CreateAccountInput, ProviderAdapter, ProviderKind } from '../providers/types.ts';
import { walletCurrencyForCountry } from '../providers/vobiz/schemas.ts';
import { findAccountByEmail, type CreatedAccountSearch } from './find-created-account.ts';
import {
  billingPlatformOnboardingSchema,
  cliqtelLinkSchema,
  vobizOnboardingSchema,
  voipAccountOnboardingSchema,
  type BillingPlatformOnboardingForm,
  type VobizOnboardingForm,
  type VoipAccountOnboardingForm,
} from './onboarding-schemas.ts';

/** The portal's customer row as far as it is known before the provider answers. */
export type CustomerDraft = {
  name: string;
  email: string;
  phone: string | null;
  country: string | null;
  currency: string;
  billingModel: 'PREPAID' | 'POSTPAID';
  /** Known up front where the portal chooses the id (the VoIP username); else null until created. */
  providerAccountId: string | null;
};

export type StoredCustomer = { name: string; email: string; providerAccountId: string | null };

/** How one provider kind opens an account: cal.com-style, one entry per kind. */
export type CreatePlan<Form> = {
  mode: 'create';
  schema: z.ZodType<Form>;
  draft(form: Form, partnerCurrency: string): CustomerDraft;
  createInput(form: Form): CreateAccountInput;
  /** The provider's field names where they differ from the form's. */
  formFieldFor: Record<string, string>;
  /**
   * Where resending is safe only because the provider refuses a second account with the
   * same value (the VoIP username): that value must not change while a create is unconfirmed.
   */
  lockedWhileUnconfirmed: { draftField: 'providerAccountId'; formField: string } | null;
  findCreated(adapter: ProviderAdapter, customer: StoredCustomer): Promise<CreatedAccountSearch>;
};

export type LinkPlan = { mode: 'link'; schema: typeof cliqtelLinkSchema; formFieldFor: Record<string, string> };

const vobizPlan: CreatePlan<VobizOnboardingForm> = {
  mode: 'create',
  schema: vobizOnboardingSchema,
  draft: (form) => ({
    name: form.name,
    email: form.email,
    phone: form.phone,
    country: form.country,
    // Vobiz opens the wallet in the country's currency; the created account confirms it.
    currency: walletCurrencyForCountry(form.country),
    billingModel: 'PREPAID',
    providerAccountId: null,
  }),
  createInput: (form) => ({ name: form.name, email: form.email, phone: form.phone, country: form.country, company: form.company, password: form.password }),
  formFieldFor: {},
  lockedWhileUnconfirmed: null,
  // Vobiz emails are unique platform-wide, so an exact email match is the lost account.
  findCreated: (adapter, customer) => findAccountByEmail(adapter, customer.email, customer.email),
};

const voipAccountPlan: CreatePlan<VoipAccountOnboardingForm> = {
  mode: 'create',
  schema: voipAccountOnboardingSchema,
  draft: (form, partnerCurrency) => ({
    name: form.name,
    email: form.email,
    phone: null,
    country: null,
    // The API reports the currency only with the customer's own key; the partner's is the best guess.
    currency: partnerCurrency,
    billingModel: 'PREPAID',
    providerAccountId: form.username,
  }),
  createInput: (form) => ({ name: form.name, email: form.email, extra: { username: form.username, ...(form.masterAccount ? { masterAccount: form.masterAccount } : {}) } }),
  formFieldFor: {},
  lockedWhileUnconfirmed: { draftField: 'providerAccountId', formField: 'username' },
  // No list call exists, but a username is unique: sending the same one again cannot open a second account.
  findCreated: async () => ({ kind: 'repeat-is-safe' }),
};

const billingPlatformPlan: CreatePlan<BillingPlatformOnboardingForm> = {
  mode: 'create',
  schema: billingPlatformOnboardingSchema,
  draft: (form, partnerCurrency) => ({
    name: form.name,
    email: form.email,
    phone: form.phone ?? null,
    country: form.country ?? null,
    currency: form.currency ?? partnerCurrency,
    billingModel: form.billingModel,
    providerAccountId: null,
  }),
  createInput: (form) => ({
    name: form.name,
    email: form.email,
    phone: form.phone,
    country: form.country,
    company: form.company,
    extra: { billingModel: form.billingModel, ...(form.currency ? { currency: form.currency } : {}) },
  }),
  formFieldFor: { billing_type: 'billingModel' },
  lockedWhileUnconfirmed: null,
  // The platform searches clients by name only; the email (unique per reseller) picks the one.
  findCreated: (adapter, customer) => findAccountByEmail(adapter, customer.email, customer.name),
};

const cliqtelPlan: LinkPlan = { mode: 'link', schema: cliqtelLinkSchema, formFieldFor: { authToken: 'apiToken' } };

export type OnboardingPlan = CreatePlan<VobizOnboardingForm> | CreatePlan<VoipAccountOnboardingForm> | CreatePlan<BillingPlatformOnboardingForm> | LinkPlan;

const PLANS: Record<ProviderKind, OnboardingPlan> = {
  VOBIZ: vobizPlan,
  VOIP_ACCOUNT: voipAccountPlan,
  BILLING_PLATFORM: billingPlatformPlan,
  CLIQTEL: cliqtelPlan,
};

export function onboardingPlanFor(kind: ProviderKind): OnboardingPlan {
  return PLANS[kind];
}

/** What maps a provider's field errors onto a form: its schema and the names that differ. */
export type FormFieldMapping = { schema: z.ZodType; formFieldFor: Record<string, string> };

/**
 * The provider's field errors under the form's field names; errors on fields the form
 * does not have become form-level messages, so none is lost.
 */
export function toFormFieldErrors(plan: FormFieldMapping, providerErrors: Record<string, string[]>): { fieldErrors: Record<string, string[]>; otherMessages: string[] } {
  const formFields = new Set(plan.schema instanceof z.ZodObject ? Object.keys(plan.schema.shape) : []);
  const fieldErrors: Record<string, string[]> = {};
  const otherMessages: string[] = [];
  for (const [field, messages] of Object.entries(providerErrors)) {
    const formField = plan.formFieldFor[field] ?? field;
    if (formFields.has(formField)) (fieldErrors[formField] ??= []).push(...messages);
    else otherMessages.push(...messages);
  }
  return { fieldErrors, otherMessages };
}
