import { createHmac } from 'node:crypto';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HASHES: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/** The secret the test app signs with (JWT_SECRET is the utf-8 text of this variable). */
export function testSecret(): Buffer {
  return Buffer.from(process.env.TEST_JWT_SECRET ?? '', 'utf8');
}

/**
 * Hand-made JWTs, so tests can send exactly the token an attacker would: signed with `alg` and
 * `secret` (the run's own by default), `header` overriding what the header claims, `signature`
 * replacing the signature, and `none` in any case sending none.
 */
export function forgeToken(
  claims: Record<string, unknown>,
  options: { alg?: string; secret?: string | Buffer; header?: Record<string, unknown>; signature?: string } = {},
): string {
  const alg = options.alg ?? 'HS256';
  const head = `${b64({ alg, typ: 'JWT', ...options.header })}.${b64(claims)}`;
  if (options.signature !== undefined) return `${head}.${options.signature}`;
  if (alg.toLowerCase() === 'none') return `${head}.`;
  const hash = HASHES[alg];
  if (!hash) throw new Error(`forgeToken cannot sign ${alg}`);
  return `${head}.${createHmac(hash, options.secret ?? testSecret())
    .update(head)
    .digest('base64url')}`;
}

export function decodeClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

export function decodeHeader(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as Record<string, unknown>;
}
