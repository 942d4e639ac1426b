import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { Observable, of } from 'rxjs';
import type { AuthUser } from '../auth/auth-user';
import { TypedProblem, ValidationProblem } from '../common/problem';
import type { IdempotencyKey } from './idempotency-key.entity';
import { IdempotencyRepository, type RequestFingerprint } from './idempotency.repository';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const KEY_FORM = /^[\x21-\x7e]{1,255}$/;
const METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The routes whose writes may be retried under a key: each carries `@Idempotent()` (a test holds the two together). */
export const isIdempotentRoute = (method: string, route: string | undefined) =>
  METHODS.has(method) && route !== undefined && /^\/api\/tasks(\/|$)/.test(route);

/** Set on a request that holds its key, for the answer to be kept (see recordIdempotentAnswers). */
export const HELD_KEY = Symbol('heldIdempotencyKey');
export interface HeldKey {
  userId: string;
  key: string;
  claim: string;
}
export type RequestWithKey = FastifyRequest & { [HELD_KEY]?: HeldKey; user?: AuthUser };

/**
 * Marks a task write whose retries the `Idempotency-Key` header makes safe. Scoped to those routes
 * rather than global: an interceptor wraps its handler in an Observable pipeline, CPU that every
 * read would pay for nothing (docs/benchmarks.md).
 */
export const Idempotent = () => UseInterceptors(IdempotencyInterceptor);

/**
 * `Idempotency-Key` on the task writes (the IETF httpapi draft): the first request with a key runs and
 * its answer is kept; the same request again gets that answer, marked `Idempotent-Replayed: true`;
 * another request under the key is a 422, and one while the first still runs a 409. Runs after the
 * guards (the key is the caller's own) and before the pipes (a validation error is an answer too).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyRepository) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<RequestWithKey>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined || !request.user || !isIdempotentRoute(request.method, request.routeOptions.url)) {
      return next.handle();
    }
    if (typeof header !== 'string' || !KEY_FORM.test(header)) {
      throw ValidationProblem.field('Idempotency-Key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    const userId = request.user.id;
    const fingerprint: RequestFingerprint = {
      method: request.method,
      path: request.url,
      bodyHash: createHash('sha256')
        .update(request.body === undefined ? '' : JSON.stringify(request.body))
        .digest(),
    };
    const claim = randomUUID();
    const outcome = await this.keys.claim(userId, header, fingerprint, claim);
    if (outcome.claimed) {
      request[HELD_KEY] = { userId, key: header, claim };
      return next.handle();
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return of(replay(outcome.existing, fingerprint, reply));
  }
}

function replay(existing: IdempotencyKey, request: RequestFingerprint, reply: FastifyReply): string {
  const same =
    existing.method === request.method && existing.path === request.path && existing.bodyHash.equals(request.bodyHash);
  if (!same) {
    throw new TypedProblem(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'idempotency-key-reused',
      'Unprocessable Content',
      'This Idempotency-Key was used for another request (method, path or body); use a new key for a new request.',
    );
  }
  if (existing.status === null) {
    reply.header('Retry-After', '1');
    throw new TypedProblem(
      HttpStatus.CONFLICT,
      'idempotency-key-in-flight',
      'Conflict',
      'The first request with this Idempotency-Key is still running; retry shortly.',
    );
  }
  reply.status(existing.status).headers(existing.responseHeaders ?? {});
  reply.header(REPLAYED_HEADER, 'true');
  return existing.responseBody ?? '';
}
