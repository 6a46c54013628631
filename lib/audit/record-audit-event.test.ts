import { describe, expect, it } from 'vitest';
import { withoutSecrets } from './record-audit-event.ts';

describe('withoutSecrets', () => {
  it('drops secret-bearing fields from audit summaries', () => {
    expect(withoutSecrets({ name: 'Acme', authToken: 't', authTokenEnc: 'v1.x', password: 'p', secretsEnc: 's', apiKey: 'k' })).toEqual({ name: 'Acme' });
  });
});
