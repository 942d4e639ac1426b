import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC_KEY } from '../common/public.decorator';

/** Registered as APP_GUARD: every route needs a bearer token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  // Every failure (missing, malformed, expired, revoked) is the same bare 401: no hint for a prober.
  override handleRequest<T>(error: unknown, user: T): T {
    if (error && !(error instanceof UnauthorizedException)) throw error;
    if (!user) throw new UnauthorizedException();
    return user;
  }
}
