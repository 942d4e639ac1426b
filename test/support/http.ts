import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { sorted } from './sort';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: Record<string, unknown> & Record<number, unknown>;
}

/** In-process request with a chosen client address (supertest always comes from 127.0.0.1). */
export async function send(
  app: NestFastifyApplication,
  method: Method,
  url: string,
  options: { body?: unknown; token?: string; from?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const response = await app
    .getHttpAdapter()
    .getInstance()
    .inject({
      method,
      url,
      remoteAddress: options.from ?? '127.0.0.1',
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token !== undefined ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
    });
  const text = response.body;
  return {
    status: response.statusCode,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Reply['body']) : ({} as Reply['body']),
  };
}

export const PROBLEM_JSON = /^application\/problem\+json/;

// Written out here rather than imported, so a changed title in the code fails a test.
const TITLES: Record<string, string> = {
  'bad-request': 'Bad Request',
  unauthorized: 'Unauthorized',
  'insufficient-scope': 'Forbidden',
  'not-found': 'Not Found',
  'method-not-allowed': 'Method Not Allowed',
  conflict: 'Conflict',
  'sync-expired': 'Gone',
  'precondition-failed': 'Precondition Failed',
  'payload-too-large': 'Payload Too Large',
  'unsupported-media-type': 'Unsupported Media Type',
  validation: 'Unprocessable Content',
  'too-many-requests': 'Too Many Requests',
  internal: 'Internal Server Error',
  unavailable: 'Service Unavailable',
};

interface AnyResponse {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

/**
 * A problem+json answer of this status and type (the slug after `urn:todo-api:problem:`), with
 * nothing but the documented members; `fields` are the fields a 422 must name, no more, no fewer.
 */
export function expectProblem(res: AnyResponse, status: number, type: string, fields?: string[]): Reply['body'] {
  expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
    status,
    type: expect.stringMatching(PROBLEM_JSON),
  });
  const body = res.body as Reply['body'];
  expect(body).toEqual({
    type: `urn:todo-api:problem:${type}`,
    title: TITLES[type],
    status,
    detail: expect.any(String),
    ...(fields ? { errors: expect.any(Array) } : {}),
  });
  if (fields) {
    const errors = body.errors as { field: string; message: string }[];
    for (const error of errors) expect(error).toEqual({ field: expect.any(String), message: expect.any(String) });
    expect(sorted(new Set(errors.map((error) => error.field)))).toEqual(sorted(fields));
  }
  return body;
}
