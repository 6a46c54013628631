import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

/**
 * A zod error as the forms show it: messages keyed by the field's dotted path (nested
 * fields such as `credentials.authToken` included), `form` for errors of the whole input.
 */
export function fieldErrorsOf(error: z.ZodError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = prefix + (issue.path.map(String).join('.') || 'form');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
