import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../config/env.ts';
import { provideDemoSecrets } from './demo-secrets.ts';

let dataDir = '';

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'portal-data-'));
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('provideDemoSecrets', () => {
  it('generates valid secrets once, owner-readable only, and reuses them on the next start', () => {
    const first: Record<string, string> = {};
    const warnings = provideDemoSecrets(dataDir, first);

    expect(warnings).toHaveLength(2);
    expect(warnings.every((line) => line.startsWith('WARNING:') && line.includes('Production must set'))).toBe(true);
    expect(() => parseEnv(first as NodeJS.ProcessEnv)).not.toThrow();
    expect(statSync(path.join(dataDir, 'encryption.key')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, 'auth.secret')).mode & 0o777).toBe(0o600);

    const second: Record<string, string> = {};
    provideDemoSecrets(dataDir, second);
    expect(second).toEqual(first);
  });

  it('leaves secrets that the environment sets alone', () => {
    const configured: Record<string, string> = { PORTAL_ENCRYPTION_KEY: 'from-env', NEXTAUTH_SECRET: 'from-env-too' };

    expect(provideDemoSecrets(dataDir, configured)).toEqual([]);
    expect(configured).toEqual({ PORTAL_ENCRYPTION_KEY: 'from-env', NEXTAUTH_SECRET: 'from-env-too' });
  });
});
