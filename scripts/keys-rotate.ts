// `npm run keys:rotate`: re-encrypts every stored secret under a new data-encryption key
// (and re-wraps the keys when PORTAL_ENCRYPTION_KEY_PREVIOUS is set) while the portal runs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { envOrExit } from '../lib/config/env.ts';
import { createPrismaClient } from '../lib/db/client.ts';
import { rotateEncryptionKeys, type KeyRotationResult } from '../lib/secrets/rotate-keys.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

// The embedded demo keeps a generated master key in its data folder instead of the environment.
function loadDemoKeyFile(): void {
  if (process.env.PORTAL_ENCRYPTION_KEY) return;
  const keyFile = path.join(process.env.PORTAL_DATA_DIR || '.data', 'encryption.key');
  if (!existsSync(keyFile)) return;
  process.env.PORTAL_ENCRYPTION_KEY = readFileSync(keyFile, 'utf8').trim();
  say(`Note: PORTAL_ENCRYPTION_KEY is not set; using the demo key in ${keyFile}.`);
}

function report(result: KeyRotationResult): void {
  say(
    result.resumed
      ? `Finished the interrupted rotation to key ${result.activeKeyId} (run again for a new key).`
      : `New active key: ${result.activeKeyId}.`,
  );
  if (result.rewrappedKeys > 0) say(`Re-wrapped under the new master key: ${result.rewrappedKeys} key(s); PORTAL_ENCRYPTION_KEY_PREVIOUS can now be removed.`);
  for (const [column, count] of Object.entries(result.reencrypted)) say(`Re-encrypted ${column}: ${count}`);
  if (result.changedConcurrently > 0) say(`Changed by the portal meanwhile (left as written): ${result.changedConcurrently}`);
  say(`Retired keys: ${result.retiredKeyIds.join(', ') || 'none'}`);
  if (result.retiringKeyIds.length > 0) say(`Still retiring (values still use them): ${result.retiringKeyIds.join(', ')}`);
}

async function main(): Promise<void> {
  loadDemoKeyFile();
  const { DATABASE_URL } = envOrExit();
  if (!DATABASE_URL) {
    fail('DATABASE_URL is not set: set it to the portal database (for the embedded demo, the URL of the database `npm start` runs).');
    return;
  }
  // One connection: the rotation runs one statement at a time, and the embedded database serves one session.
  const db = createPrismaClient(DATABASE_URL, 1);
  try {
    const result = await rotateEncryptionKeys(db);
    report(result);
    if (result.unreadable > 0) {
      process.stderr.write(`${result.unreadable} value(s) could not be decrypted and keep their key from retiring; the log names their rows.\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  fail(`Key rotation failed: ${message}`);
});
