import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNextBuildStale } from './is-next-build-stale.ts';

let root = '';
const HOUR_AGO = new Date(Date.now() - 3_600_000);
const NOW = new Date();

function writeAt(relative: string, when: Date): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x');
  utimesSync(file, when, when);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'portal-build-'));
  writeAt('app/page.tsx', HOUR_AGO);
  writeAt('lib/money/format-money.ts', HOUR_AGO);
  writeAt('prisma/schema.prisma', HOUR_AGO);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('isNextBuildStale', () => {
  it('asks for a build when there is none', () => {
    expect(isNextBuildStale(root)).toBe(true);
  });

  it('keeps a build that is newer than every source file', () => {
    writeAt('.next/BUILD_ID', NOW);
    expect(isNextBuildStale(root)).toBe(false);
  });

  it('asks for a build when a nested source file changed after it', () => {
    writeAt('.next/BUILD_ID', HOUR_AGO);
    writeAt('lib/money/format-money.ts', NOW);
    expect(isNextBuildStale(root)).toBe(true);
  });

  it('asks for a build when next.config.js changed after it', () => {
    writeAt('.next/BUILD_ID', HOUR_AGO);
    writeAt('next.config.js', NOW);
    expect(isNextBuildStale(root)).toBe(true);
  });

  it('ignores the generated Prisma client, which every install rewrites', () => {
    writeAt('.next/BUILD_ID', new Date(Date.now() - 60_000));
    writeAt('lib/db/generated/client.ts', NOW);
    expect(isNextBuildStale(root)).toBe(false);
  });
});
