/**
 * The client's address for throttling and the audit log. Behind a reverse proxy the
 * proxy must set X-Forwarded-For (its first entry is the client); without one, Next.js
 * sets it from the socket.
 */
export function clientIpFromHeaders(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || get('x-real-ip') || 'unknown';
}
