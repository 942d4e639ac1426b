import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problem } from '../common/problem';
import { isIdempotentRoute } from './idempotency.interceptor';

type Response = { description: string; headers?: Record<string, unknown>; content?: unknown };
type Operation = { parameters?: unknown[]; responses?: Record<string, Response> };

const KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again ' +
    '(with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
};

const REPLAYED = {
  description: '`true` when this is the kept answer of an earlier request with the same `Idempotency-Key`.',
  schema: { type: 'string', enum: ['true'] },
};

const example = (slug: string, status: number, detail: string) => ({
  ...problem(status, detail),
  type: `urn:todo-api:problem:${slug}`,
});

const IN_FLIGHT = {
  description:
    'The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); ' +
    'retry after `Retry-After` seconds.',
  headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
  content: {
    [PROBLEM_CONTENT_TYPE]: {
      schema: { $ref: '#/components/schemas/ProblemSchema' },
      example: example(
        'idempotency-key-in-flight',
        409,
        'The first request with this Idempotency-Key is still running.',
      ),
    },
  },
};

const REUSED =
  ' Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, ' +
  'and (a validation error naming `Idempotency-Key`) when the key is malformed.';

const REUSED_RESPONSE = {
  description: REUSED.trim(),
  content: {
    [PROBLEM_CONTENT_TYPE]: {
      schema: { $ref: '#/components/schemas/ProblemSchema' },
      example: example('idempotency-key-reused', 422, 'This Idempotency-Key was used for another request.'),
    },
  },
};

/** The task writes take `Idempotency-Key` (see IdempotencyInterceptor); the document says so on each. */
export function documentIdempotency(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, Operation][]) {
      if (!operation?.responses || !isIdempotentRoute(method.toUpperCase(), path)) continue;
      operation.parameters = [...(operation.parameters ?? []), KEY_PARAMETER];
      for (const [status, response] of Object.entries(operation.responses)) {
        // Every answer but a 5xx is kept, so a 4xx can be the one replayed too.
        if (/^[234]/.test(status)) response.headers = { ...response.headers, 'Idempotent-Replayed': REPLAYED };
      }
      operation.responses['409'] = IN_FLIGHT;
      const invalid = operation.responses['422'];
      if (invalid) invalid.description += REUSED;
      else operation.responses['422'] = REUSED_RESPONSE;
    }
  }
  return document;
}
