import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { requestTimeoutMs } from '../src/app';
import { PROBLEM_JSON } from './support/http';
import { LogCapture } from './support/log-capture';
import { TcpProxy } from './support/tcp-proxy';
import { createTestApp, registerUser, testConfig, type TestUser } from './support/test-app';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

/**
 * The database behind a proxy that the test takes down or hangs: the API answers 503 quickly,
 * stays alive and recovers by itself. (The fault suite does the same to a real server process.)
 */
describe('database outage', () => {
  let proxy: TcpProxy;
  let app: NestFastifyApplication;
  let user: TestUser;
  const logs = new LogCapture();
  const env = (): Record<string, string> => ({
    DATABASE_URL: proxy.rewrite(process.env.TEST_DATABASE_URL!),
    DB_CONNECT_TIMEOUT_MS: '500',
    DB_STATEMENT_TIMEOUT_MS: '1000',
    LOG_LEVEL: 'info',
  });

  beforeAll(async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    app = await createTestApp(env(), { logs });
    user = await registerUser(app);
  });
  afterEach(() => proxy.restore());
  afterAll(async () => {
    await app.close();
    await proxy.close();
  });

  const createTask = () =>
    request(app.getHttpServer()).post('/api/tasks').set(user.auth).send({ title: 'during an outage' });

  it('answers 503 problem+json quickly while the database is down, and recovers without a restart', async () => {
    proxy.down();
    const { result: res, ms } = await timed(() => createTask());
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body).toMatchObject({ type: 'urn:todo-api:problem:unavailable', status: 503 });
    expect(JSON.stringify(res.body)).not.toMatch(/ECONN|terminated|pg|typeorm/i);
    expect(ms).toBeLessThan(1500);

    const ready = await timed(() => request(app.getHttpServer()).get('/api/health/ready'));
    expect(ready.result.status).toBe(503);
    expect(ready.result.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(ready.ms).toBeLessThan(1500);
    await request(app.getHttpServer()).get('/api/health').expect(200);

    proxy.restore();
    // The pool dropped the connections that died: the very first requests succeed.
    await createTask().expect(201);
    await request(app.getHttpServer()).get('/api/health/ready').expect(200);
  });

  it('logs the outage on the failing request, with its request id', async () => {
    proxy.down();
    const res = await request(app.getHttpServer())
      .post('/api/tasks')
      .set(user.auth)
      .set('X-Request-Id', 'outage-check-1')
      .send({ title: 'logged' });
    expect(res.status).toBe(503);
    expect(res.headers['x-request-id']).toBe('outage-check-1');
    const warning = logs.find((line) => line.reqId === 'outage-check-1' && line.context === 'Errors');
    expect(warning).toMatchObject({ level: 'warn' });
    expect(String(warning?.msg)).toMatch(/^database unavailable during POST \/api\/tasks/);
    expect(logs.find((line) => line.reqId === 'outage-check-1' && line.msg === 'request failed')).toMatchObject({
      status: 503,
      route: '/api/tasks',
    });
  });

  it('answers 503 within the request timeout while the database hangs, and recovers when it resumes', async () => {
    const limit = requestTimeoutMs(testConfig(env()));
    proxy.hang();
    // More requests than the pool has connections, so some wait for a connection and some on one.
    const results = await Promise.all(Array.from({ length: 6 }, () => timed(() => createTask())));
    for (const { result, ms } of results) {
      expect(result.status).toBe(503);
      expect(result.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(ms).toBeLessThan(limit + 1000);
    }
    const ready = await timed(() => request(app.getHttpServer()).get('/api/health/ready'));
    expect(ready.result.status).toBe(503);
    expect(ready.ms).toBeLessThan(1500);
    const live = await timed(() => request(app.getHttpServer()).get('/api/health'));
    expect(live.result.status).toBe(200);
    expect(live.ms).toBeLessThan(500);

    proxy.restore();
    await createTask().expect(201);
    await request(app.getHttpServer()).get('/api/health/ready').expect(200);
  });
});
