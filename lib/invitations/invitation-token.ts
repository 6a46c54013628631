import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation link works. */
export const INVITATION_TTL_HOURS = 72;

// 32 random bytes in base64url: 43 characters.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new link secret and the hash that is stored; the secret itself is only ever in the link. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A malformed token cannot be one the portal issued: no need to look it up. */
export function isWellFormedInvitationToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** The link to send: absolute when the portal's public address is known, otherwise a path the browser completes. */
export function invitationUrl(token: string, baseUrl: string | undefined): string {
  const path = `/invite/${token}`;
  return baseUrl ? `${baseUrl.replace(/\/+$/, '')}${path}` : path;
}
