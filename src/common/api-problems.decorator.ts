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
  404: 'Not one of your resources (including a malformed id).',
  409: 'The email is already registered.',
  410: 'The cursor is older than the changes kept (`type` …`sync-expired`): sync again without it.',
  412: 'The task is no longer the version `If-Match` names (`type` …`precondition-failed`); the answer carries its current `ETag` when it still exists.',
  413: 'The body is larger than 100 KB.',
  422: 'Validation failed; `errors` names each field.',
  429: 'Too many requests; see `Retry-After`.',
  500: 'An unexpected error; it is logged with the request id, and the answer says nothing more.',
  503: 'The database is unreachable; retry shortly.',
};

/** The documented answer for an error status: its description and a problem+json example. */
export function problemResponse(status: number) {
  return {
    description: DESCRIPTIONS[status] ?? 'Error.',
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
