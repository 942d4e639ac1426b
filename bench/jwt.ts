import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HS256 by hand with node:crypto: what the API's token library does for the one algorithm it
 * accepts, without the generality. The baseline verifies with it and the harness signs with it.
 */
export interface JwtSettings {
  secret: Buffer;
  issuer: string;
  audience: string;
}

export interface AccessClaims {
  sub: string;
  sid: string;
  iat: number;
  exp: number;
  iss: string;
  aud: string;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export function signAccessToken(
  settings: JwtSettings,
  userId: string,
  sessionId: string,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  // The claim order the API's tokens have, so that both servers hand out tokens of one size.
  const payload = {
    sid: sessionId,
    iat,
    exp: iat + ttlSeconds,
    aud: settings.audience,
    iss: settings.issuer,
    sub: userId,
  };
  const body = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${createHmac('sha256', settings.secret).update(body).digest('base64url')}`;
}

/** Signature, algorithm, exp, nbf, iss and aud: the checks the API's strategy asks of its library. */
export function verifyAccessToken(settings: JwtSettings, token: string, now = Date.now()): AccessClaims | undefined {
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) return undefined;
  const header = parseSegment(token.slice(0, first));
  if (!header || header.alg !== 'HS256') return undefined;
  const expected = createHmac('sha256', settings.secret).update(token.slice(0, second)).digest();
  const given = Buffer.from(token.slice(second + 1), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const claims = parseSegment(token.slice(first + 1, second));
  if (!claims) return undefined;
  const seconds = Math.floor(now / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= seconds) return undefined;
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > seconds)) return undefined;
  if (claims.iss !== settings.issuer) return undefined;
  const aud = claims.aud;
  if (Array.isArray(aud) ? !aud.includes(settings.audience) : aud !== settings.audience) return undefined;
  return claims as unknown as AccessClaims;
}

function parseSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
