import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problem } from './problem';

export class FieldErrorSchema {
  @ApiProperty({ example: 'title', maxLength: 200 })
  field: string;

  @ApiProperty({ example: 'title must be shorter than or equal to 255 characters', maxLength: 1000 })
  message: string;
}

export class ProblemSchema {
  @ApiProperty({
    format: 'uri',
    maxLength: 200,
    example: 'urn:todo-api:problem:not-found',
    description: 'Stable per kind of error.',
  })
  type: string;

  @ApiProperty({ example: 'Not Found', maxLength: 200 })
  title: string;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 404 })
  status: number;

  @ApiProperty({ example: 'No such resource.', maxLength: 1000 })
  detail: string;

  @ApiProperty({ type: [FieldErrorSchema], maxItems: 1000, required: false, description: 'Only on 422.' })
  errors?: FieldErrorSchema[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'The body is not valid JSON.',
  401: 'Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`.',
  403: 'A personal access token without the scope this operation needs; `WWW-Authenticate` names it.',
  404: 'Not one of your resources (including a malformed id).',
  409: 'The email is already registered.',
  410: 'The cursor is older than the changes kept (`type` …`sync-expired`): sync again without it.',
  412: 'The task is no longer the version `If-Match` names (`type` …`precondition-failed`); the answer carries its current `ETag` when it still exists.',
  413: 'The body is larger than 100 KB.',
  415: 'The body is not JSON: send `Content-Type: application/json`.',
  422: 'Validation failed; `errors` names each field.',
  429: 'Too many requests; see `Retry-After`.',
  500: 'An unexpected error; it is logged with the request id, and the answer says nothing more.',
  503: 'The database is unreachable; retry shortly.',
};

// The problem filter adds it to every 401 (see problem-details.filter.ts).
const WWW_AUTHENTICATE = {
  description: 'The scheme to authenticate with: `Bearer`.',
  required: true,
  schema: { type: 'string', maxLength: 1024, example: 'Bearer' },
};

/** The documented answer for an error status: its description and a problem+json example. */
export function problemResponse(status: number) {
  return {
    description: DESCRIPTIONS[status] ?? 'Error.',
    ...(status === 401 ? { headers: { 'WWW-Authenticate': WWW_AUTHENTICATE } } : {}),
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: '#/components/schemas/ProblemSchema' },
        example:
          status === 422
            ? problem(422, undefined, [{ field: 'title', message: 'title should not be empty' }])
            : problem(status),
      },
    },
  };
}

/** Documents each error status a route can answer, with a problem+json example. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, ...problemResponse(status) })));
}

/** Any operation can fail unexpectedly, and the filter answers that as a 500 problem; said once for all. */
export function documentServerErrors(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { responses?: Record<string, unknown> }[]) {
      if (operation && typeof operation === 'object' && operation.responses) {
        operation.responses['500'] ??= problemResponse(500);
      }
    }
  }
  return document;
}

// Fastify reads a body on these methods whatever the route, before any controller runs.
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * A request that can carry a body can carry a broken one, on every route: invalid JSON (400), too
 * large (413), or not JSON at all (415). Said once for all.
 */
export function documentBodyErrors(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, { responses?: Record<string, unknown> }][]) {
      if (!BODY_METHODS.has(method) || !operation?.responses) continue;
      for (const status of [400, 413, 415]) operation.responses[String(status)] ??= problemResponse(status);
    }
  }
  return document;
}
