import type { OpenAPIObject } from '@nestjs/swagger';

const REQUEST_ID = {
  description: "The request's id in the server's logs: the client's own `X-Request-Id` when it sent a sane one.",
  required: true,
  schema: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
};

/** Every answer carries `X-Request-Id` (see http-logging.ts); the document says so once for all. */
export function documentRequestIds(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    headers: { ...document.components?.headers, 'X-Request-Id': REQUEST_ID },
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { responses?: Record<string, { headers?: object }> }[]) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      for (const response of Object.values(operation.responses)) {
        response.headers = { ...response.headers, 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
      }
    }
  }
  return document;
}
