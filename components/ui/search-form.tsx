import Form from 'next/form';
import Link from 'next/link';
import { Search } from 'lucide-react';
import { Button, buttonVariants } from './button';
import { Input } from './input';
import { cn } from '@/lib/ui/cn';

type SearchFormProps = {
  /** The page the form submits to; the term arrives as ?q=. */
  action: string;
  defaultValue?: string;
  label: string;
  placeholder?: string;
  className?: string;
};

/**
 * A GET form: the term lives in the URL, so results can be shared and bookmarked; next/form
 * navigates client-side when JavaScript is available and falls back to a normal submit.
 */
export function SearchForm({ action, defaultValue = '', label, placeholder, className }: SearchFormProps) {
  return (
    <Form action={action} role="search" className={cn('flex w-full items-center gap-2', className)}>
      <div className="relative min-w-0 flex-1">
        <label htmlFor="search-q" className="sr-only">
          {label}
        </label>
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <Input
          // Remount when the URL term changes (e.g. "Clear"), since the input is uncontrolled.
          key={defaultValue}
          id="search-q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder={placeholder ?? label}
          autoComplete="off"
          className="pl-9"
        />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
      {defaultValue ? (
        <Link href={action} className={cn(buttonVariants({ variant: 'ghost' }), 'text-muted-foreground')}>
          Clear
        </Link>
      ) : null}
    </Form>
  );
}
