import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { expectProblem } from './support/http';
import { LogCapture } from './support/log-capture';
import { TcpProxy } from './support/tcp-proxy';
import { createTestApp, registerUser, type TestUser } from './support/test-app';

/**
 * The database behind a proxy that the test takes down or hangs: the API answers 503, stays alive
 * and recovers by itself. How quickly it answers is measured by the fault suite (npm run
 * test:faults), which runs alone; here a loaded machine must not decide the result.
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

  it('answers 503 problem+json while the database is down, and recovers without a restart', async () => {
    proxy.down();
    const res = await createTask();
    expectProblem(res, 503, 'unavailable');
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body.detail).toBe('The database is not reachable right now; retry shortly.');

    const ready = await request(app.getHttpServer()).get('/api/health/ready');
    expectProblem(ready, 503, 'unavailable');
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

  it('answers 503 while the database hangs, and recovers when it resumes', async () => {
    proxy.hang();
    // More requests than the pool has connections, so some wait for a connection and some on one.
    const results = await Promise.all(Array.from({ length: 6 }, () => createTask()));
    for (const res of results) expectProblem(res, 503, 'unavailable');
    expectProblem(await request(app.getHttpServer()).get('/api/health/ready'), 503, 'unavailable');
    await request(app.getHttpServer()).get('/api/health').expect(200);

    proxy.restore();
    await createTask().expect(201);
    await request(app.getHttpServer()).get('/api/health/ready').expect(200);
  });
});
