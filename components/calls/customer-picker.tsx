'use client';

import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LoaderCircle, X } from 'lucide-react';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/ui/cn';
import type { CallCustomerChoice } from '@/lib/usage/calls/search-call-customers';

class CustomerSearchFailed extends Error {
  constructor(readonly status: number) {
    super(status === 401 ? 'Your session has ended; sign in again.' : 'Customers could not be searched.');
    this.name = 'CustomerSearchFailed';
  }
}

async function searchCustomers(term: string): Promise<CallCustomerChoice[]> {
  const response = await fetch(`/api/calls/customers?q=${encodeURIComponent(term)}`, { cache: 'no-store' });
  if (!response.ok) throw new CustomerSearchFailed(response.status);
  return (await response.json()) as CallCustomerChoice[];
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

type CustomerPickerProps = {
  id: string;
  /** The customer the URL names, shown until another is chosen. */
  selected: { id: string; name: string } | null;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

/**
 * A searchable customer choice for partners with thousands of customers: typing asks the
 * portal for the first matches by name or email; the chosen id travels in a hidden field.
 */
export function CustomerPicker({ id, selected, ...aria }: CustomerPickerProps) {
  const listId = useId();
  const [choice, setChoice] = useState(selected);
  const [text, setText] = useState(selected?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = useDebounced(text, 200);
  const query = useQuery({ queryKey: ['call-customers', term], queryFn: () => searchCustomers(term), enabled: open, staleTime: 60_000 });
  const options = query.data ?? [];

  const choose = (option: CallCustomerChoice | null) => {
    setChoice(option ? { id: option.id, name: option.name } : null);
    setText(option?.name ?? '');
    setOpen(false);
  };

  return (
    <div className="relative">
      <input type="hidden" name="customerId" value={choice?.id ?? ''} />
      <Input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="All customers"
        value={text}
        className="pr-8"
        {...aria}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          if (event.target.value === '') setChoice(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          // Typed text that was never chosen would look like a filter that is not applied.
          setText(choice?.name ?? '');
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter' && open && options[active]) {
            event.preventDefault();
            choose(options[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {choice ? (
        <button
          type="button"
          onClick={() => choose(null)}
          className="absolute top-1/2 right-2 -translate-y-1/2 rounded-sm p-0.5 text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
        >
          <X aria-hidden="true" className="size-3.5" />
          <span className="sr-only">Show all customers</span>
        </button>
      ) : null}
      {open ? (
        <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full min-w-56 overflow-y-auto rounded-md border border-border bg-card py-1 text-sm shadow-md">
          {query.isPending ? (
            <li className="flex items-center gap-2 px-3 py-2 text-muted-foreground">
              <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin" /> Searching…
            </li>
          ) : query.error ? (
            <li className="px-3 py-2 text-danger">{query.error.message}</li>
          ) : options.length === 0 ? (
            <li className="px-3 py-2 text-muted-foreground">No customer matches “{term}”.</li>
          ) : (
            options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // Chosen on mousedown, before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
                onMouseEnter={() => setActive(index)}
                className={cn('cursor-pointer px-3 py-1.5', index === active && 'bg-muted')}
              >
                <span className="block truncate font-medium text-foreground">{option.name}</span>
                <span className="block truncate text-xs text-muted-foreground">{option.email}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
