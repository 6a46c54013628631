import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createThrowawayDatabase } from '../support/throwaway-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own migrated database. */
    databaseUrl: string;
    /** 1 on the embedded database (one session), otherwise unset. */
    databasePoolMax: number | undefined;
  }
}

/** Gives the integration run its own throw-away, migrated database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const database = await createThrowawayDatabase(serverUrl);

  project.provide('databaseUrl', database.url);
  project.provide('databasePoolMax', database.poolMax);
  // Code under test that reads the environment (systemDb) reaches the same database.
  process.env.DATABASE_URL = database.url;
  if (database.poolMax) process.env.DATABASE_POOL_MAX = String(database.poolMax);
  // A master key of the run's own, unless the caller chose one.
  process.env.PORTAL_ENCRYPTION_KEY ||= randomBytes(32).toString('base64');

  return async () => {
    await database.drop();
    if (serverUrl) process.env.DATABASE_URL = serverUrl;
  };
}
