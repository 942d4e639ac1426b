import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientAddress } from '../throttling/client-address';
import { TOO_MANY_REQUESTS } from '../throttling/throttling.module';
import { LoginAttempts } from './login-attempts.service';

/** On the login route: refuses an account that is over its failed sign-in limits, before any password check. */
@Injectable()
export class LoginAttemptsGuard implements CanActivate {
  constructor(private readonly attempts: LoginAttempts) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const email = (request.body as { email?: unknown } | undefined)?.email;
    // Not a string: the validation pipe answers 422 and no password is checked.
    if (typeof email !== 'string') return true;
    const wait = await this.attempts.begin(normaliseEmail(email), clientAddress(request));
    if (wait === null) return true;
    http.getResponse<FastifyReply>().header('Retry-After', String(wait));
    throw new ThrottlerException(TOO_MANY_REQUESTS);
  }
}

/** The same normalisation the DTOs apply, so the guard and the service count the same account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
