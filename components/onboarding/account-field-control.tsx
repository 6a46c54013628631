'use client';

import type { FieldAria } from '@/components/ui/form-field';
import { SELECT_CLASS } from '@/components/numbers/number-labels';
import { Input } from '@/components/ui/input';
import type { CountryOption } from '@/lib/onboarding/country-options';
import type { AccountField } from './account-fields';

type AccountFieldControlProps = { field: AccountField; id: string; countries: CountryOption[]; defaultValue: string | undefined; aria: FieldAria };

/** The input for one account field. Uncontrolled, so a rejected attempt keeps what was typed. */
export function AccountFieldControl({ field, id, countries, defaultValue, aria }: AccountFieldControlProps) {
  const common = { id, name: field.name, ...aria };
  switch (field.control) {
    case 'country':
      return (
        <select {...common} defaultValue={defaultValue ?? ''} className={SELECT_CLASS}>
          <option value="">{field.optional ? 'Not given' : 'Choose a country'}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name} ({country.code})
            </option>
          ))}
        </select>
      );
    case 'billingModel':
      return (
        <select {...common} defaultValue={defaultValue ?? 'PREPAID'} className={SELECT_CLASS}>
          <option value="PREPAID">Prepaid</option>
          <option value="POSTPAID">Postpaid</option>
        </select>
      );
    case 'password':
    case 'secret':
      // Never prefilled; "new-password" keeps browsers from offering the staff member's own saved password.
      return <Input {...common} type="password" autoComplete={field.control === 'password' ? 'new-password' : 'off'} spellCheck={false} placeholder={field.placeholder} />;
    default:
      return (
        <Input
          {...common}
          type={field.control}
          defaultValue={defaultValue}
          inputMode={field.inputMode}
          autoComplete={field.autoComplete ?? 'off'}
          spellCheck={false}
          placeholder={field.placeholder}
        />
      );
  }
}
