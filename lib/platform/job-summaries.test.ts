import { describe, expect, it } from 'vitest';
import { jobErrorMessage, summarizeJobData } from './job-summaries';

describe('summarizeJobData', () => {
  it('shows top-level facts and never a field that could hold a secret', () => {
    const summary = summarizeJobData({
      partnerId: 'p1',
      connectionId: 'c1',
      authToken: 'tok-123',
      apiKey: 'k',
      api_key: 'k',
      secretsEnc: 'v1:…',
      password: 'pw',
      clientSecret: 's',
      credentials: { apiKey: 'k' },
      month: '2026-03',
    });
    expect(summary).toEqual([
      { key: 'partnerId', value: 'p1' },
      { key: 'connectionId', value: 'c1' },
      { key: 'month', value: '2026-03' },
    ]);
    expect(JSON.stringify(summary)).not.toMatch(/tok-123|pw|"k"/);
  });

  it('cuts long values and folds nested ones', () => {
    const summary = summarizeJobData({ note: 'x'.repeat(200), ids: [1, 2, 3], options: { a: 1 }, empty: null });
    expect(summary[0]!.value).toHaveLength(60);
    expect(summary.slice(1)).toEqual([
      { key: 'ids', value: '[3 items]' },
      { key: 'options', value: '{…}' },
      { key: 'empty', value: 'null' },
    ]);
  });

  it('handles payloads that are not objects', () => {
    expect(summarizeJobData(null)).toEqual([]);
    expect(summarizeJobData('abc')).toEqual([{ key: 'value', value: 'abc' }]);
  });
});

describe('jobErrorMessage', () => {
  it('keeps the error’s name and message, not its stack or other fields', () => {
    const output = { name: 'ProviderUnavailable', message: 'Vobiz did not answer', stack: 'at x (/srv/app.js:1)', request: { headers: { authorization: 'Bearer s' } } };
    expect(jobErrorMessage(output)).toBe('ProviderUnavailable: Vobiz did not answer');
    expect(jobErrorMessage({ name: 'Error', message: 'boom', stack: '…' })).toBe('boom');
  });

  it('reads pg-boss’s own wrappers and plain values', () => {
    expect(jobErrorMessage({ value: 'pg-boss shut down while active' })).toBe('pg-boss shut down while active');
    expect(jobErrorMessage({ value: { message: 'job failed by timeout in active state' } })).toBe('job failed by timeout in active state');
    expect(jobErrorMessage(null)).toBeNull();
    expect(jobErrorMessage({ unexpected: true })).toBeNull();
    expect(jobErrorMessage({ message: 'y'.repeat(5000) })!.length).toBe(1000);
  });
});
