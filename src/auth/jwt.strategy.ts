import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isUuid } from '../common/uuid';
import type { AuthUser } from './auth-user';
import { SessionsService } from './sessions.service';
import { signingKey } from './token.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      // The header only: a token in the query string or a cookie is ignored.
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // Typed as string | Buffer, but handed straight to jsonwebtoken, which takes a KeyObject.
      secretOrKey: signingKey(config) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  /** Signature, algorithm, iss, aud, exp and nbf are checked by the library; the rest here. */
  async validate(payload: Record<string, unknown>): Promise<AuthUser> {
    const { sub, sid, exp, iat } = payload;
    if (!isUuid(sub) || !isUuid(sid) || typeof exp !== 'number' || typeof iat !== 'number') {
      throw new UnauthorizedException();
    }
    if (!(await this.sessions.isActive(sub, sid))) throw new UnauthorizedException();
    return { id: sub, sessionId: sid, expiresAt: new Date(exp * 1000) };
  }
}
