import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const BASE = 'urn:todo-api:problem:';

/** One `type` per kind of error, so a client can switch on it. */
export const PROBLEM_TYPES: Record<number, { slug: string; title: string; detail: string }> = {
  400: { slug: 'bad-request', title: 'Bad Request', detail: 'The request could not be read.' },
  401: { slug: 'unauthorized', title: 'Unauthorized', detail: 'A valid bearer access token is required.' },
  // The one 403 of the API: a personal access token on a route its scopes do not reach.
  403: {
    slug: 'insufficient-scope',
    title: 'Forbidden',
    detail: 'This token does not have the scope this request needs.',
  },
  404: { slug: 'not-found', title: 'Not Found', detail: 'No such resource.' },
  405: { slug: 'method-not-allowed', title: 'Method Not Allowed', detail: 'This method is not allowed here.' },
  409: { slug: 'conflict', title: 'Conflict', detail: 'The request conflicts with existing data.' },
  410: {
    slug: 'sync-expired',
    title: 'Gone',
    detail: 'Changes this old are no longer kept; sync again from the start (without a cursor).',
  },
  412: {
    slug: 'precondition-failed',
    title: 'Precondition Failed',
    detail: 'The task has changed since the version you named.',
  },
  413: { slug: 'payload-too-large', title: 'Payload Too Large', detail: 'The request body is larger than 100 KB.' },
  415: {
    slug: 'unsupported-media-type',
    title: 'Unsupported Media Type',
    detail: 'Send the request body as application/json.',
  },
  422: { slug: 'validation', title: 'Unprocessable Content', detail: 'The request did not pass validation.' },
  429: { slug: 'too-many-requests', title: 'Too Many Requests', detail: 'Too many requests; retry later.' },
  500: { slug: 'internal', title: 'Internal Server Error', detail: 'Something went wrong on our side.' },
  503: {
    slug: 'unavailable',
    title: 'Service Unavailable',
    detail: 'The service is temporarily unavailable; retry shortly.',
  },
};

export function problemType(status: number): string {
  return BASE + (PROBLEM_TYPES[status]?.slug ?? `http-${status}`);
}

export function problem(status: number, detail?: string, errors?: FieldError[]): ProblemDocument {
  const known = PROBLEM_TYPES[status];
  return {
    type: problemType(status),
    title: known?.title ?? 'Error',
    status,
    detail: detail ?? known?.detail ?? 'The request failed.',
    ...(errors ? { errors } : {}),
  };
}

/**
 * An error of its own kind within a status (an idempotency key reused is a 422, but not a validation
 * error): its `type` is `urn:todo-api:problem:<slug>`, the same every time.
 */
export class TypedProblem extends HttpException {
  constructor(status: number, slug: string, title: string, detail: string, errors?: FieldError[]) {
    super({ type: BASE + slug, title, status, detail, ...(errors ? { errors } : {}) }, status);
  }
}

/** A 422 naming each field at fault; thrown by the validation pipe and by services alike. */
export class ValidationProblem extends HttpException {
  constructor(
    public readonly errors: FieldError[],
    detail = 'The request did not pass validation.',
  ) {
    super(problem(HttpStatus.UNPROCESSABLE_ENTITY, detail, errors), HttpStatus.UNPROCESSABLE_ENTITY);
  }

  static field(field: string, message: string): ValidationProblem {
    return new ValidationProblem([{ field, message }]);
  }
}

/** 412: the resource is not the version `If-Match` names; `etag` is its current one when it still exists. */
export class PreconditionFailed extends HttpException {
  constructor(readonly etag?: string) {
    super(problem(HttpStatus.PRECONDITION_FAILED), HttpStatus.PRECONDITION_FAILED);
  }
}

/**
 * An error answered with its own `WWW-Authenticate` challenge (RFC 6750 section 3): a 401 that
 * says where to learn how to authenticate, or a 403 that names the scope a token lacks.
 */
export class ChallengeException extends HttpException {
  constructor(
    status: 401 | 403,
    public readonly challenge: string,
    detail?: string,
  ) {
    super(problem(status, detail), status);
  }
}
