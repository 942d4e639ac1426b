import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { APP_CONFIG, type AppConfig, type ExternalAuthConfig } from '../../config/app-config';

/** Who an external token names: a subject of that issuer, with what it says about them. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  /** The token's `exp`. */
  expiresAt: Date;
}

/** Asymmetric only: with a published key set, an HMAC algorithm would let the public key sign. */
export const JWKS_ALGORITHMS = ['EdDSA', 'ES256', 'RS256', 'PS256'];
const JWKS_TIMEOUT_MS = 5000;
const JWKS_CACHE_MAX_AGE_MS = 10 * 60_000;
const MAX_SUBJECT_LENGTH = 255;
const MAX_EMAIL_LENGTH = 254;
const MAX_NAME_LENGTH = 100;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Verifies bearer tokens of the single-page app's own sign-in service (a Better Auth server, say):
 * signature by a key of its JWKS (or the shared secret), `kid`, `exp`, `nbf`, `iss` and `aud`.
 */
@Injectable()
export class ExternalTokenVerifier {
  private readonly logger = new Logger('ExternalAuth');
  private readonly settings: ExternalAuthConfig | undefined;
  private readonly key: JWTVerifyGetKey | KeyObject | undefined;
  private readonly algorithms: string[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.externalAuth;
    const keys = this.settings?.keys;
    if (keys && 'jwksUrl' in keys) {
      const keySet = createRemoteJWKSet(keys.jwksUrl, {
        timeoutDuration: JWKS_TIMEOUT_MS,
        cooldownDuration: this.settings!.jwksCooldownMs,
        cacheMaxAge: JWKS_CACHE_MAX_AGE_MS,
        [customFetch]: this.fetchWithBackoff(this.settings!.jwksCooldownMs),
      });
      this.key = (header, token) => {
        // Without a `kid` the library would try the only key of a one-key set; we insist on naming it.
        if (typeof header.kid !== 'string' || header.kid === '') throw new errors.JWKSNoMatchingKey();
        return keySet(header, token);
      };
      this.algorithms = JWKS_ALGORITHMS;
    } else if (keys) {
      this.key = createSecretKey(keys.sharedSecret);
      this.algorithms = ['HS256'];
    } else {
      this.algorithms = [];
    }
  }

  get enabled(): boolean {
    return this.settings !== undefined;
  }

  /**
   * Whether the token says it comes from the external issuer. Unverified: it only decides which
   * check the token goes through, and a token that lies here fails that check.
   */
  names(token: string): boolean {
    if (!this.settings) return false;
    try {
      return decodeJwt(token).iss === this.settings.issuer;
    } catch {
      return false;
    }
  }

  /** The identity of a token that passes every check; null for any other. */
  async verify(token: string): Promise<ExternalIdentity | null> {
    if (!this.settings || !this.key) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key as JWTVerifyGetKey, {
        algorithms: this.algorithms,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof KeySetUnavailable) return null;
      throw error;
    }
    const subject = payload.sub;
    if (typeof subject !== 'string' || subject.length === 0 || subject.length > MAX_SUBJECT_LENGTH) return null;
    return {
      issuer: this.settings.issuer,
      subject,
      email: emailClaim(payload.email),
      name: nameClaim(payload.name),
      expiresAt: new Date(payload.exp! * 1000),
    };
  }

  /**
   * The library waits out its cooldown only after a successful fetch; after a failed one it would
   * ask again on the next token. This keeps an unreachable issuer from being asked more often.
   */
  private fetchWithBackoff(cooldownMs: number): typeof fetch {
    let failedAt = -Infinity;
    const failed = (reason: string) => {
      failedAt = Date.now();
      this.logger.warn(`the key set did not load (${reason}); external tokens are refused until it does`);
      return new KeySetUnavailable();
    };
    return async (input, init) => {
      if (Date.now() - failedAt < cooldownMs) throw new KeySetUnavailable();
      let response: Response;
      try {
        response = await fetch(input, init);
      } catch (error) {
        throw failed(error instanceof Error ? error.message : String(error));
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw failed(`HTTP ${response.status}`);
      }
      return response;
    };
  }
}

class KeySetUnavailable extends Error {}

function emailClaim(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email) ? email : null;
}

function nameClaim(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name.length > 0 && name.length <= MAX_NAME_LENGTH ? name : null;
}
