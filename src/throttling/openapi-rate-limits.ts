import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problem } from '../common/problem';

type Response = { description: string; headers?: Record<string, unknown>; content?: unknown };
type Operation = { responses?: Record<string, Response> };

const COUNT = { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 } as const;

const HEADERS = {
  'X-RateLimit-Limit': {
    description: "Requests this client may make in the current window of the route's limit.",
    schema: COUNT,
  },
  'X-RateLimit-Remaining': { description: 'Requests left in the current window.', schema: COUNT },
  'X-RateLimit-Reset': { description: 'Seconds until the current window ends.', schema: COUNT },
  'Retry-After': { description: 'Seconds to wait before trying again.', required: true, schema: COUNT },
  'Access-Control-Allow-Origin': {
    description: "The request's Origin, when it is one of the configured CORS origins; absent otherwise.",
    schema: { type: 'string', format: 'uri', maxLength: 2048 },
  },
};

const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

/**
 * Every route sits behind the per-client rate limiter (see throttling.module.ts), so every
 * operation can answer 429, and every answer given after the limiter ran (whatever its status,
 * a later 503 included) carries the limit headers; the document says so here once instead of on
 * each route. 503 answers carry `Retry-After` too (see problem-details.filter.ts).
 */
export function documentRateLimits(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, headers: { ...document.components?.headers, ...HEADERS } };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      operation.responses['429'] ??= {
        description: 'Too many requests; see `Retry-After`.',
        content: {
          [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemSchema' }, example: problem(429) },
        },
      };
      for (const [status, response] of Object.entries(operation.responses)) {
        response.headers = {
          ...response.headers,
          'X-RateLimit-Limit': ref('X-RateLimit-Limit'),
          'X-RateLimit-Remaining': ref('X-RateLimit-Remaining'),
          'X-RateLimit-Reset': ref('X-RateLimit-Reset'),
          'Access-Control-Allow-Origin': ref('Access-Control-Allow-Origin'),
          ...(status === '429' || status === '503' ? { 'Retry-After': ref('Retry-After') } : {}),
        };
      }
    }
  }
  return document;
}
