import { createHmac } from 'node:crypto';

const b64 = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Hand-made JWTs, so tests can forge exactly the token an attacker would send. */
export function forgeToken(
  claims: Record<string, unknown>,
  options: { alg?: string; secret?: string | Buffer; signature?: string } = {},
): string {
  const alg = options.alg ?? 'HS256';
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
  if (options.signature !== undefined) return `${head}.${options.signature}`;
  if (alg === 'none') return `${head}.`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  if (!hash) throw new Error(`forgeToken cannot sign ${alg}`);
  const secret = options.secret ?? testSecret();
  return `${head}.${createHmac(hash, secret).update(head).digest('base64url')}`;
}

/** The secret the test app signs with (JWT_SECRET is the utf-8 text of this variable). */
export function testSecret(): Buffer {
  return Buffer.from(process.env.TEST_JWT_SECRET ?? '', 'utf8');
}

export function decodeClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}
