import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';
import { env } from '../config/env.ts';

export { Prisma } from './generated/client.ts';
export type * from './generated/client.ts';

export class DatabaseNotConfigured extends Error {
  constructor() {
    super('DATABASE_URL is not set: start the portal with `npm start` (embedded database) or set DATABASE_URL.');
    this.name = 'DatabaseNotConfigured';
  }
}

export function createPrismaClient(connectionString: string, poolMax?: number): PrismaClient {
  // The embedded database serves one session at a time, so its callers pass poolMax 1.
  const adapter = new PrismaPg({ connectionString, max: poolMax ?? 10 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

/**
 * The unscoped client. Only lib/tenancy (scoped access for signed-in users) and system
 * tasks (auth, migrations, seed, key rotation, jobs) use it directly.
 */
export function systemDb(): PrismaClient {
  if (!globalForPrisma.portalPrisma) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    if (!DATABASE_URL) throw new DatabaseNotConfigured();
    globalForPrisma.portalPrisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_MAX);
  }
  return globalForPrisma.portalPrisma;
}
