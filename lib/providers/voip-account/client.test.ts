import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderNotFound, ProviderOutcomeUnknown, ProviderValidationFailed } from '../errors.ts';
import type { VoipAccountSandbox } from './sandbox.ts';
import { ACME, clientFor, startTestSandbox } from './test-environment.ts';

/** The public endpoints have no place in the shared adapter interface; the client offers them. */
let sandbox: VoipAccountSandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(async () => {
  await sandbox.close();
});

describe('requestRecovery', () => {
  it('asks the provider to email a recovery link, without any API key', async () => {
    const response = await clientFor(sandbox).requestRecovery(ACME.email);
    expect(response.message).toBe(`Please check your email (${ACME.email}) for details`);
    expect(sandbox.requestBodies('recovery')[0]).toEqual({ email: ACME.email });
    expect(sandbox.emailsSent()).toEqual([{ to: ACME.email, kind: 'recovery' }]);
  });

  it('reports an address the provider does not know as ProviderNotFound', async () => {
    await expect(clientFor(sandbox).requestRecovery('nobody@nowhere.test')).rejects.toBeInstanceOf(ProviderNotFound);
  });
});

describe('signup', () => {
  it('creates a standalone account with a 10-digit username and a generated password', async () => {
    const { account } = await clientFor(sandbox).signup({ name: 'John Doe', email: 'john@example.test', promo: 'PROMO2024' });
    expect(account.username).toMatch(/^\d{10}$/);
    expect(account.masterAccount).toBe(account.username);
    expect(account.password).toBe(sandbox.passwordOf(account.username));
    expect(sandbox.emailsSent()).toEqual([{ to: 'john@example.test', kind: 'verification' }]);
  });

  it('maps an email already in use to a validation error on email', async () => {
    const error = await clientFor(sandbox).signup({ name: 'Acme again', email: ACME.email }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderValidationFailed);
    expect((error as ProviderValidationFailed).fieldErrors.email).toHaveLength(1);
  });

  it('never repeats a signup whose response was lost: the outcome is reported unknown', async () => {
    sandbox.setFaults({ lostResponseRate: 1 });
    await expect(clientFor(sandbox).signup({ name: 'Jane Roe', email: 'jane@example.test' })).rejects.toBeInstanceOf(ProviderOutcomeUnknown);
    expect(sandbox.hits('signup')).toBe(1);
  });
});
