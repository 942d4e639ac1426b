import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ChallengeException } from '../common/problem';
import { IS_PUBLIC_KEY } from '../common/public.decorator';
import type { AuthUser } from './auth-user';
import { RESOURCE_METADATA_KEY, resourceMetadataUrl } from './resource-metadata';
import { PersonalAccessTokensService } from './tokens/personal-access-tokens.service';
import { allows, insufficientScope, TOKEN_SCOPE_KEY, type TokenScope } from './tokens/token-scopes';

// A bearer token with the personal access token prefix; anything else goes to the JWT strategy.
const PERSONAL_TOKEN = /^bearer +(tdo_\S*)$/i;

/**
 * Registered as APP_GUARD: every route needs a bearer token unless it is marked @Public(). That is
 * a session's access token (a JWT), or a personal access token, which also needs the route's scope.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: PersonalAccessTokensService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const metadata = this.reflector.getAllAndOverride<boolean>(RESOURCE_METADATA_KEY, targets)
      ? resourceMetadataUrl(request)
      : undefined;
    const personal = PERSONAL_TOKEN.exec(request.headers.authorization ?? '')?.[1];
    try {
      if (personal === undefined) await (super.canActivate(context) as Promise<boolean>);
      else {
        const user = await this.tokens.authenticate(personal);
        if (!user) throw new UnauthorizedException();
        request.user = user;
      }
    } catch (error) {
      if (metadata && error instanceof UnauthorizedException) {
        throw new ChallengeException(401, `Bearer resource_metadata="${metadata}"`);
      }
      throw error;
    }
    const scopes = request.user?.scopes;
    if (scopes) {
      const required = this.reflector.getAllAndOverride<TokenScope | undefined>(TOKEN_SCOPE_KEY, targets);
      if (!required || !allows(scopes, required)) throw insufficientScope(required, metadata);
    }
    return true;
  }

  // Every failure (missing, malformed, expired, revoked) is the same bare 401: no hint for a prober.
  override handleRequest<T>(error: unknown, user: T): T {
    if (error && !(error instanceof UnauthorizedException)) throw error;
    if (!user) throw new UnauthorizedException();
    return user;
  }
}
