import type { ProviderKind } from '@/lib/providers/types';

/** One input of the account form; names match the provider's onboarding schema (lib/onboarding). */
export type AccountField = {
  name: string;
  label: string;
  control: 'text' | 'email' | 'tel' | 'password' | 'secret' | 'country' | 'billingModel';
  optional?: boolean;
  hint?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
};

const name: AccountField = { name: 'name', label: 'Customer name', control: 'text', autoComplete: 'organization' };
const email: AccountField = { name: 'email', label: 'Email', control: 'email', autoComplete: 'off', hint: 'The customer’s contact address; the provider may send sign-in details to it.' };
const company: AccountField = { name: 'company', label: 'Company', control: 'text', optional: true, autoComplete: 'off' };

/** What each provider needs to open an account, in the order the form asks for it. */
export const ACCOUNT_FIELDS: Record<ProviderKind, AccountField[]> = {
  VOBIZ: [
    name,
    email,
    { name: 'phone', label: 'Phone', control: 'tel', placeholder: '+14155550101', hint: 'With + and the country code; spaces are fine, the portal sends the plain E.164 form.' },
    { name: 'country', label: 'Country', control: 'country', hint: 'Vobiz opens the wallet in this country’s currency.' },
    company,
    {
      name: 'password',
      label: 'Password for the Vobiz account',
      control: 'password',
      autoComplete: 'new-password',
      hint: 'At least 8 characters, with a number and a special character. The customer signs in to Vobiz with it; the portal does not keep it.',
    },
  ],
  VOIP_ACCOUNT: [
    name,
    email,
    { name: 'username', label: 'Username', control: 'text', inputMode: 'numeric', autoComplete: 'off', placeholder: '4592086961', hint: 'The account’s login at the provider: 10 digits, not starting with 0.' },
    { name: 'masterAccount', label: 'Billing account', control: 'text', inputMode: 'numeric', optional: true, autoComplete: 'off', hint: 'The username of the account this one is billed to; leave empty to bill it on its own.' },
  ],
  BILLING_PLATFORM: [
    name,
    email,
    { name: 'phone', label: 'Phone', control: 'tel', optional: true, placeholder: '+31205550142', hint: 'With + and the country code; spaces are fine.' },
    { name: 'country', label: 'Country', control: 'country', optional: true },
    company,
    { name: 'billingModel', label: 'Billing', control: 'billingModel' },
    { name: 'currency', label: 'Currency', control: 'text', optional: true, autoComplete: 'off', placeholder: 'EUR', hint: 'Three letters (ISO 4217). Empty: your account’s currency at the platform.' },
  ],
  CLIQTEL: [
    {
      name: 'apiToken',
      label: 'The customer’s Cliqtel API key',
      control: 'secret',
      autoComplete: 'off',
      placeholder: '17|aBcD…',
      hint: 'Created in the customer’s Cliqtel portal under API Keys: paste the whole key (number, pipe, secret). It is stored encrypted and never shown again.',
    },
  ],
};
