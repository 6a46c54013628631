'use client';

import { useState } from 'react';
import { LoaderCircle, Search } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormField } from '@/components/ui/form-field';
import { NUMBER_TYPE_OPTIONS, SELECT_CLASS } from './number-labels';

export type NumberQuery = { country: string; type: string };

type NumberSearchControlsProps = {
  idPrefix: string;
  initial: NumberQuery;
  errors: Record<string, string[]>;
  searching: boolean;
  onSearch: (query: NumberQuery) => void;
};

/** Country and type for searching a provider's stock; not a form of its own, as it sits beside the assign form. */
export function NumberSearchControls({ idPrefix, initial, errors, searching, onSearch }: NumberSearchControlsProps) {
  const [query, setQuery] = useState(initial);
  return (
    <div role="search" aria-label="Search available numbers" className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
      <FormField id={`${idPrefix}-country`} label="Country" errors={errors.country} hint="Two letters, e.g. US.">
        {(aria) => (
          <Input
            id={`${idPrefix}-country`}
            value={query.country}
            maxLength={2}
            autoComplete="off"
            className="uppercase"
            onChange={(event) => setQuery({ ...query, country: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                onSearch(query);
              }
            }}
            {...aria}
          />
        )}
      </FormField>
      <FormField id={`${idPrefix}-type`} label="Type" errors={errors.type}>
        {(aria) => (
          <select id={`${idPrefix}-type`} value={query.type} onChange={(event) => setQuery({ ...query, type: event.target.value })} className={SELECT_CLASS} {...aria}>
            {NUMBER_TYPE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button variant="secondary" className="sm:mt-6" disabled={searching} onClick={() => onSearch({ ...query })}>
        {searching ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : <Search aria-hidden="true" />}
        Search
      </Button>
    </div>
  );
}
