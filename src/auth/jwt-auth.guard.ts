import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt } from 'passport-jwt';
import { ChallengeException } from '../common/problem';
import { IS_PUBLIC_KEY } from '../common/public.decorator';
import type { AuthUser } from './auth-user';
import { ExternalSignIn } from './external/external-sign-in.service';
import { RESOURCE_METADATA_KEY, resourceMetadataUrl } from './resource-metadata';
import { TICKET_AUTH_KEY } from './ticket-auth';
import { PersonalAccessTokensService } from './tokens/personal-access-tokens.service';
import { allows, insufficientScope, TOKEN_SCOPE_KEY, type TokenScope } from './tokens/token-scopes';

// A bearer token with the personal access token prefix; anything else goes to the JWT strategy.
const PERSONAL_TOKEN = /^bearer +(tdo_\S*)$/i;
const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * Registered as APP_GUARD: every route needs a bearer token unless it is marked @Public(). That is
 * a session's access token (a JWT), or a personal access token, which also needs the route's scope,
 * or (when one is configured) a token whose `iss` is the external issuer, which goes through its
 * own check instead of the passport strategy, never both.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: PersonalAccessTokensService,
    private readonly external: ExternalSignIn,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    if (this.leftToTicket(request, targets)) return true;
    const metadata = this.reflector.getAllAndOverride<boolean>(RESOURCE_METADATA_KEY, targets)
      ? resourceMetadataUrl(request)
      : undefined;
    const personal = PERSONAL_TOKEN.exec(request.headers.authorization ?? '')?.[1];
    try {
      if (personal !== undefined) request.user = await this.personal(personal);
      else await this.bearer(context, request);
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

  /** A `?ticket=` without an `Authorization` header, on the route whose own guard spends tickets. */
  private leftToTicket(request: FastifyRequest, targets: Parameters<Reflector['getAllAndOverride']>[1]): boolean {
    if (request.headers.authorization !== undefined) return false;
    if (!this.reflector.getAllAndOverride<boolean>(TICKET_AUTH_KEY, targets)) return false;
    return typeof (request.query as Record<string, unknown> | undefined)?.ticket === 'string';
  }

  private async personal(token: string): Promise<AuthUser> {
    const user = await this.tokens.authenticate(token);
    if (!user) throw new UnauthorizedException();
    return user;
  }

  private async bearer(context: ExecutionContext, request: FastifyRequest & { user?: AuthUser }): Promise<void> {
    const token = bearerToken(request as unknown as Parameters<typeof bearerToken>[0]);
    if (token && this.external.claims(token)) {
      const user = await this.external.authenticate(token);
      if (!user) throw new UnauthorizedException();
      request.user = user;
      return;
    }
    await (super.canActivate(context) as Promise<boolean>);
  }

  // Every failure (missing, malformed, expired, revoked) is the same bare 401: no hint for a prober.
  override handleRequest<T>(error: unknown, user: T): T {
    if (error && !(error instanceof UnauthorizedException)) throw error;
    if (!user) throw new UnauthorizedException();
    return user;
  }
}
