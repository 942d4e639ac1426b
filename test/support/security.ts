import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHmac } from 'node:crypto';
import { Client } from 'pg';

/** A direct connection to the run's database, to look at rows the API never shows. */
export async function connectDb(): Promise<Client> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  return client;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs any header and claims with the test run's secret (or the key given), for tampering tests. */
export function signJwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  key: string | Buffer = process.env.TEST_JWT_SECRET ?? '',
  algorithm: 'sha256' | 'sha512' = 'sha256',
): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac(algorithm, key).update(input).digest('base64url')}`;
}

export function decodeJwt(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: Record<string, unknown> & Record<number, unknown>;
}

/** In-process request with a chosen client address (supertest always comes from 127.0.0.1). */
export async function send(
  app: NestFastifyApplication,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
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
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
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
