import { z } from 'zod';

/**
 * Every environment variable the portal reads, validated once. A bad value stops startup
 * with one line naming the variable and what is expected (see formatEnvError).
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'a postgresql:// connection URL')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int('a whole number').min(1, 'at least 1').max(100, 'at most 100').optional(),
  PORTAL_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, '32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  PORTAL_ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, '32 random bytes in base64')
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  NEXTAUTH_URL: z.url('an absolute URL such as http://localhost:3000').optional(),
  PORT: z.coerce.number().int('a whole number').min(1).max(65535, 'a TCP port (1-65535)').optional(),
  EMBEDDED_DB_PORT: z.coerce.number().int('a whole number').min(1).max(65535, 'a TCP port (1-65535)').optional(),
  PORTAL_DATA_DIR: z.string().min(1, 'a folder path').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type PortalEnv = z.infer<typeof envSchema>;

export class InvalidEnvironment extends Error {
  constructor(readonly variable: string, readonly expected: string) {
    super(`Invalid environment variable ${variable}: expected ${expected}.`);
    this.name = 'InvalidEnvironment';
  }
}

/** Empty strings count as unset, as in most deployment tools. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
}

export function parseEnv(source: Record<string, string | undefined> = process.env): PortalEnv {
  const result = envSchema.safeParse(withoutEmpty(source));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InvalidEnvironment(String(issue.path[0]), issue.message);
  }
  return result.data;
}

let cached: PortalEnv | undefined;

export function env(): PortalEnv {
  cached ??= parseEnv();
  return cached;
}

/** For command-line entry points: print one line and exit instead of a stack trace. */
export function envOrExit(): PortalEnv {
  try {
    return env();
  } catch (error) {
    if (error instanceof InvalidEnvironment) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
