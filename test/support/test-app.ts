import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { checkResponsesAgainstDocument } from './openapi-conformance';

export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    JWT_SECRET: process.env.TEST_JWT_SECRET,
    BCRYPT_COST: '10',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/nonexistent',
    CORS_ORIGINS: 'http://localhost:5173',
    // On a loaded two-core machine a request can wait seconds for one of the pool's four connections;
    // the production defaults (2 s, 5 s) would turn that wait into a 503. Outage specs set their own.
    DB_CONNECT_TIMEOUT_MS: '15000',
    DB_STATEMENT_TIMEOUT_MS: '30000',
    // Tests make many users and requests from one address; those that test a limit set it low.
    RATE_LIMIT_API: '1000000/1m',
    RATE_LIMIT_LOGIN: '1000000/1m',
    RATE_LIMIT_REGISTER: '1000000/1m',
    RATE_LIMIT_REFRESH: '1000000/1m',
    RATE_LIMIT_PASSWORD: '1000000/1m',
    RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: '1000000/1m',
    RATE_LIMIT_LOGIN_ACCOUNT: '1000000/1m',
    ...env,
  });
}

export interface TestAppOptions {
  /** Where the logs go (for specs that read them); silent otherwise. */
  logs?: DestinationStream;
  /** Runs after the routes are declared and before they are registered (Fastify hooks such as onRoute). */
  beforeInit?: (app: NestFastifyApplication) => void;
}

/**
 * The real AppModule, in-process, on the run's migrated database: every e2e spec builds its app here.
 * Every answer it gives is checked against its OpenAPI document (see openapi-conformance.ts).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<NestFastifyApplication> {
  const app = await createApp(testConfig(env), options.logs ?? false);
  checkResponsesAgainstDocument(app);
  options.beforeInit?.(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  auth: { Authorization: string };
}

let counter = 0;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}-${++counter}@example.com`;
}

/** Registers a fresh user through the API; every test makes its own. */
export async function registerUser(
  app: NestFastifyApplication,
  overrides: { email?: string; password?: string } = {},
): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? `pw-${randomUUID()}`;
  const res = await request(app.getHttpServer()).post('/api/auth/register').send({ email, password });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { user, accessToken, refreshToken } = res.body as {
    user: { id: string };
    accessToken: string;
    refreshToken: string;
  };
  return { id: user.id, email, password, accessToken, refreshToken, auth: { Authorization: `Bearer ${accessToken}` } };
}

export async function createTask(app: NestFastifyApplication, user: TestUser, body: Record<string, unknown> = {}) {
  const res = await request(app.getHttpServer())
    .post('/api/tasks')
    .set(user.auth)
    .send({ title: `task ${randomUUID().slice(0, 6)}`, ...body });
  if (res.status !== 201) throw new Error(`create task failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; title: string; [key: string]: unknown };
}
