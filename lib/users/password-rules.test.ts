import { describe, expect, it } from 'vitest';
import { newPasswordSchema, passwordProblems } from './password-rules';

const email = 'olivia@example.test';

describe('passwordProblems', () => {
  it('accepts a long password mixing letters with digits or symbols', () => {
    expect(passwordProblems('Demo-portal-2026!', { email })).toEqual([]);
    expect(passwordProblems('correct horse battery staple', { email })).toEqual([]);
  });

  it('asks for length first, then names each remaining problem', () => {
    expect(passwordProblems('Ab1!', { email })).toEqual(['Use at least 12 characters.']);
    expect(passwordProblems('x'.repeat(257), { email })).toEqual(['Use at most 256 characters.']);
    expect(passwordProblems('onlylettershere', { email })).toEqual(['Mix letters with at least one digit or symbol.']);
    expect(passwordProblems('111111111111', { email })).toEqual(['Mix letters with at least one digit or symbol.', 'Do not repeat one character.']);
    expect(passwordProblems('MyPassword-2026', { email })).toEqual(['Do not use the word “password”.']);
    expect(passwordProblems('Olivia-2026-spring', { email })).toEqual(['Do not use your email address.']);
  });

  it('checks that both typings match, under the confirmation field', () => {
    const result = newPasswordSchema(email).safeParse({ password: 'Demo-portal-2026!', confirmPassword: 'Demo-portal-2026?' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['confirmPassword'], message: 'The two passwords do not match.' })]);
  });
});
