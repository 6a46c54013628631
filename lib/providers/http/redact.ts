/** Replaces every known secret value in a text (URLs, error messages) before it is logged or shown. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    // Very short values would blank out ordinary words; real credentials are longer.
    if (secret.length >= 6) result = result.split(secret).join('[redacted]');
  }
  return result;
}
