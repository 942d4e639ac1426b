/**
 * The URL as logs may show it: a password in it is replaced, so an operator sees which server was
 * tried without the credential ending up in the log store.
 */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable REDIS_URL)';
  }
}
