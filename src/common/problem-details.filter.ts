import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { ChallengeException, PreconditionFailed, PROBLEM_CONTENT_TYPE, ProblemDocument, problem } from './problem';

// SQLSTATE classes that mean "the database is not there right now", not "our query is wrong".
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '08000', '08003', '08006', '08001']);
const JSON_BODY_ERRORS = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);
const STATUS_TEXTS = new Set(Object.values(STATUS_CODES));
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const err = error as { code?: string; message?: string; driverError?: unknown };
  if (err.driverError && err.driverError !== error) return isDatabaseUnavailable(err.driverError);
  if (err.code && (UNAVAILABLE_CODES.has(err.code) || NETWORK_CODES.has(err.code))) return true;
  // TypeORM releases a query runner whose connection the server ended; the transaction's next
  // statement then fails with this instead of a connection error.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const message = err.message ?? '';
  return /timeout exceeded when trying to connect|Connection terminated|connection timeout|Query read timeout|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i.test(
    message,
  );
}

/**
 * Turns every error (Nest's, Fastify's own body-parser errors and anything unexpected) into
 * RFC 9457 problem+json. Unexpected errors are logged in full and shown to nobody.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.toProblem(exception, request);
    if (exception instanceof PreconditionFailed && exception.etag && !reply.sent) reply.header('ETag', exception.etag);
    sendProblem(reply, body, exception instanceof ChallengeException ? exception.challenge : undefined);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDocument {
    const fastify = fastifyClientError(exception) ?? fastifyClientError((exception as { cause?: unknown })?.cause);
    if (fastify) {
      return JSON_BODY_ERRORS.has(fastify.code)
        ? problem(400, 'The request body is not valid JSON.')
        : problem(fastify.status);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response && 'type' in response && 'status' in response) {
        return response as ProblemDocument;
      }
      if (status >= 500) {
        // 503 is thrown on purpose (readiness during an outage or a shutdown): no stack to see.
        if (status !== 503) this.logger.error(exception.stack ?? String(exception));
        return problem(status);
      }
      return problem(status, ownMessage(response));
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable during ${request.method} ${request.url}: ${(exception as Error).message}`);
      return problem(503, 'The database is not reachable right now; retry shortly.');
    }
    if (exception instanceof QueryFailedError) {
      this.logger.error(`query failed during ${request.method} ${request.url}: ${exception.message}`, exception.stack);
    } else {
      this.logger.error(
        `unexpected error during ${request.method} ${request.url}`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    return problem(500);
  }
}

/**
 * A message our own code wrote (`new ConflictException('This email is already registered.')`) is
 * shown; a bare status text ("Unauthorized") or a router message ("Cannot GET /x") gives way to the
 * problem type's own detail, so the same kind of error always reads the same.
 */
function ownMessage(response: string | object): string | undefined {
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  if (typeof message !== 'string' || STATUS_TEXTS.has(message) || /^Cannot [A-Z]+ \//.test(message)) return undefined;
  return message;
}

/** Fastify's own client errors (FST_*) carry a 4xx statusCode; their messages are not shown. */
function fastifyClientError(error: unknown): { code: string; status: number } | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number') {
    if (statusCode >= 400 && statusCode < 500) return { code, status: statusCode };
  }
  return undefined;
}

export function sendProblem(reply: FastifyReply, body: ProblemDocument, challenge?: string): void {
  // A request answered by its deadline may still fail later; the client already has its 503.
  if (reply.sent) return;
  if (challenge || body.status === 401) reply.header('WWW-Authenticate', challenge ?? 'Bearer');
  if (body.status === 503 && !reply.hasHeader('Retry-After')) reply.header('Retry-After', '5');
  reply.header('Cache-Control', 'no-store').type(PROBLEM_CONTENT_TYPE).status(body.status).send(body);
}
