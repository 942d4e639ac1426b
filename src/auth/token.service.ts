import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, KeyObject } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  iat: number;
  exp: number;
  iss: string;
  aud: string;
}

/** A KeyObject, not a string: jsonwebtoken then skips re-parsing the key on every verification. */
export function signingKey(config: AppConfig): KeyObject {
  return createSecretKey(config.jwt.secret);
}

@Injectable()
export class TokenService {
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = signingKey(config);
  }

  signAccessToken(userId: string, sessionId: string): string {
    return this.jwt.sign(
      { sid: sessionId },
      {
        privateKey: this.key,
        algorithm: 'HS256',
        subject: userId,
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
        expiresIn: this.config.jwt.accessTtlSeconds,
      },
    );
  }
}
