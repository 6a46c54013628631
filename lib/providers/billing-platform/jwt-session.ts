import { ProviderAuthFailed, ProviderValidationFailed } from '../errors.ts';
import { parseInZone } from './zoned-time.ts';

type TokenResult = { token: string; expires_at: number | string };

export type JwtCall = (method: 'iam.auth.jwt.authenticate' | 'iam.auth.jwt.refresh', params: Record<string, unknown>, headers: Record<string, string>) => Promise<TokenResult>;

/** Refresh this long before the documented expiry, so a request never carries a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

/**
 * The deprecated login/password mode (documented): `iam.auth.jwt.authenticate` exchanges them
 * for a token and its expiry; `iam.auth.jwt.refresh` renews the token before it expires.
 * Concurrent callers share one login or refresh in flight.
 */
export class JwtSession {
  private token: string | null = null;
  private expiresAtMs = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly options: { login: string; password: string; timeZone: string; now: () => number; call: JwtCall },
  ) {}

  async headers(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.currentToken()}` };
  }

  /** After -32005: the token was revoked or expired early; the next call logs in again. */
  invalidate(): void {
    this.token = null;
    this.expiresAtMs = 0;
  }

  private currentToken(): Promise<string> {
    if (this.pending) return this.pending;
    const remainingMs = this.expiresAtMs - this.options.now();
    if (this.token && remainingMs > REFRESH_MARGIN_MS) return Promise.resolve(this.token);
    const next = this.token && remainingMs > 0 ? this.refresh(this.token) : this.authenticate();
    this.pending = next.finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async refresh(token: string): Promise<string> {
    try {
      return this.store(await this.options.call('iam.auth.jwt.refresh', {}, { authorization: `Bearer ${token}` }));
    } catch (error) {
      if (error instanceof ProviderAuthFailed) return this.authenticate();
      throw error;
    }
  }

  private async authenticate(): Promise<string> {
    const { login, password } = this.options;
    try {
      return this.store(await this.options.call('iam.auth.jwt.authenticate', { login, password }, {}));
    } catch (error) {
      // inferred: a wrong login answers -32005 or -32602; either way the credentials are at fault.
      if (error instanceof ProviderAuthFailed || error instanceof ProviderValidationFailed) {
        throw new ProviderAuthFailed('BILLING_PLATFORM', 'billing-platform.iam.auth.jwt.authenticate', 'the login or password was rejected');
      }
      throw error;
    }
  }

  private store(result: TokenResult): string {
    this.token = result.token;
    this.expiresAtMs = expiryMs(result.expires_at, this.options.timeZone, this.options.now());
    return result.token;
  }
}

/** Unix seconds (or milliseconds, if that large), or a datetime in the request's `__tz`. */
function expiryMs(expiresAt: number | string, timeZone: string, now: number): number {
  if (typeof expiresAt === 'number') return expiresAt < 1e12 ? expiresAt * 1000 : expiresAt;
  // An unreadable expiry only costs an early refresh: treat the token as short-lived.
  return parseInZone(expiresAt, timeZone)?.getTime() ?? now + 2 * REFRESH_MARGIN_MS;
}
