import type { z } from 'zod';
import { ContractError } from '../errors.ts';
import type { ProviderKind } from '../types.ts';

/** Validates a provider response; a mismatch becomes a ContractError naming the field. */
export function parseProviderResponse<S extends z.ZodType>(
  provider: ProviderKind,
  operation: string,
  schema: S,
  body: unknown,
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)';
  const expectation = issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : `is invalid (${issue.message})`;
  throw new ContractError(provider, operation, field, expectation);
}
