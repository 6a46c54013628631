import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Scope } from '../lib/tenancy/scope.ts';
import type { ExportProbeResult } from './export-probe.ts';

const PROBE = fileURLToPath(new URL('./export-probe.ts', import.meta.url));

/** Runs the export probe in a fresh Node process against `databaseUrl` and returns its figures. */
export function measureExportInChild(databaseUrl: string, scope: Scope, filters: Record<string, string>): Promise<ExportProbeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, JSON.stringify(scope), JSON.stringify(filters)], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`The export probe exited with code ${code}${last ? `: ${last}` : ''}`));
        return;
      }
      resolve(JSON.parse(last) as ExportProbeResult);
    });
  });
}
