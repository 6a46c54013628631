import { describe, expect, it } from 'vitest';
import { InvalidEnvironment, parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('accepts a complete configuration', () => {
    const env = parseEnv({ DATABASE_URL: 'postgresql://u@h:5432/db', PORT: '3000', PORTAL_ENCRYPTION_KEY: 'A'.repeat(43) + '=' });
    expect(env.PORT).toBe(3000);
  });

  it('names the variable and what is expected', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      new InvalidEnvironment('DATABASE_URL', 'a postgresql:// connection URL'),
    );
    expect(() => parseEnv({ PORTAL_ENCRYPTION_KEY: 'short' })).toThrow(/PORTAL_ENCRYPTION_KEY: expected 32 random bytes in base64/);
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
