import CircuitBreaker from 'opossum';
import { ProviderOutcomeUnknown, ProviderUnavailable } from '../errors.ts';

export type CircuitOptions = { errorThresholdPercentage: number; volumeThreshold: number; resetTimeoutMs: number; rollingCountTimeoutMs: number };

export const DEFAULT_CIRCUIT: CircuitOptions = {
  errorThresholdPercentage: 50,
  volumeThreshold: 5,
  resetTimeoutMs: 30_000,
  rollingCountTimeoutMs: 60_000,
};

type Task = () => Promise<unknown>;

// One breaker per connection and process: a failing provider is left alone for a while by
// every request of this process, without a shared store on the hot path.
const breakers = new Map<string, CircuitBreaker<[Task], unknown>>();

export function circuitFor(key: string, options: CircuitOptions = DEFAULT_CIRCUIT): CircuitBreaker<[Task], unknown> {
  let breaker = breakers.get(key);
  if (!breaker) {
    breaker = new CircuitBreaker((task: Task) => task(), {
      timeout: false,
      errorThresholdPercentage: options.errorThresholdPercentage,
      volumeThreshold: options.volumeThreshold,
      resetTimeout: options.resetTimeoutMs,
      rollingCountTimeout: options.rollingCountTimeoutMs,
      // Only an unresponsive provider opens the circuit; a 4xx answer means it is healthy.
      errorFilter: (error: unknown) => !(error instanceof ProviderUnavailable || error instanceof ProviderOutcomeUnknown),
    });
    breakers.set(key, breaker);
  }
  return breaker;
}

/** Runs `task` through the connection's breaker; an open circuit fails fast. */
export async function runThroughCircuit<T>(key: string, task: () => Promise<T>, options?: CircuitOptions): Promise<T> {
  const breaker = circuitFor(key, options);
  return (await breaker.fire(task)) as T;
}

export function isCircuitOpenError(error: unknown): boolean {
  return error instanceof Error && (error as { code?: string }).code === 'EOPENBREAKER';
}

/** For tests: forget every breaker's state. */
export function resetCircuits(): void {
  for (const breaker of breakers.values()) breaker.shutdown();
  breakers.clear();
}
