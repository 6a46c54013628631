import type { ReactNode } from 'react';
import { Label } from '@/components/ui/label';
import { CircleCheck } from 'lucide-react';
import { Alert } from '@/components/ui/alert';

export type FieldAria = { 'aria-invalid'?: true; 'aria-describedby'?: string };

type FormFieldProps = {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  errors?: string[];
  children: (aria: FieldAria) => ReactNode;
};

/** A label, the control, its hint and the server's errors for it, linked for assistive technology. */
export function FormField({ id, label, optional, hint, errors, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [invalid ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>
        {label}
        {optional ? <span className="ml-1 font-normal text-muted-foreground">(optional)</span> : null}
      </Label>
      {children({ 'aria-invalid': invalid ? true : undefined, 'aria-describedby': describedBy })}
      {invalid ? (
        <ul id={errorId} className="flex flex-col gap-0.5 text-sm text-danger">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Errors for fields the form does not show, so none is silently dropped. */
export function otherErrors(fieldErrors: Record<string, string[]> | undefined, shown: string[]): string[] {
  return Object.entries(fieldErrors ?? {})
    .filter(([field]) => !shown.includes(field))
    .flatMap(([, messages]) => messages);
}

/** Above a form: why it was not saved, listing errors that belong to no visible field. */
export function FormErrorSummary({ title, formError, errors }: { title: string; formError?: string; errors: string[] }) {
  if (!formError && errors.length === 0) return null;
  return (
    <Alert variant="error" role="alert" title={formError ?? title}>
      {errors.length > 0 ? (
        <ul className="list-disc pl-4">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/** Beside a form's submit button: announces that an edit was saved. */
export function SavedStatus({ saved }: { saved: boolean }) {
  return (
    <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
      {saved ? (
        <span className="inline-flex items-center gap-1.5">
          <CircleCheck aria-hidden="true" className="size-4" />
          Changes saved.
        </span>
      ) : null}
    </p>
  );
}
