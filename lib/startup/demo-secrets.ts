import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type DemoSecret = { variable: 'PORTAL_ENCRYPTION_KEY' | 'NEXTAUTH_SECRET'; file: string; generate: () => string };

const DEMO_SECRETS: DemoSecret[] = [
  { variable: 'PORTAL_ENCRYPTION_KEY', file: 'encryption.key', generate: () => randomBytes(32).toString('base64') },
  { variable: 'NEXTAUTH_SECRET', file: 'auth.secret', generate: () => randomBytes(32).toString('base64url') },
];

/** Reads the secret kept in `file`, creating it (owner-only) on first use. */
export function loadOrCreateSecretFile(file: string, generate: () => string): { value: string; created: boolean } {
  try {
    const value = readFileSync(file, 'utf8').trim();
    if (value) return { value, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const value = generate();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  // `mode` applies only when the file is new; an emptied file is tightened as well.
  chmodSync(file, 0o600);
  return { value, created: true };
}

/**
 * For the embedded demo only: fills PORTAL_ENCRYPTION_KEY and NEXTAUTH_SECRET, when unset,
 * from files in the data folder (generated once, then reused so encrypted data and sessions
 * survive restarts). Returns one warning line per generated secret in use.
 */
export function provideDemoSecrets(dataDir: string, target: Record<string, string | undefined> = process.env): string[] {
  const warnings: string[] = [];
  for (const secret of DEMO_SECRETS) {
    if (target[secret.variable]) continue;
    const file = path.join(dataDir, secret.file);
    const { value, created } = loadOrCreateSecretFile(file, secret.generate);
    target[secret.variable] = value;
    warnings.push(
      `WARNING: ${secret.variable} ${created ? 'was generated into' : 'comes from'} ${file}: a demo secret for this machine only. Production must set ${secret.variable}.`,
    );
  }
  return warnings;
}
