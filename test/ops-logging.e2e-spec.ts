import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { LogCapture } from './support/log-capture';
import { createTask, createTestApp, registerUser, uniqueEmail } from './support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const appLoggingTo = (logs: LogCapture, level = 'info') => createTestApp({ LOG_LEVEL: level }, { logs });

describe('request logging', () => {
  let app: NestFastifyApplication;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await appLoggingTo(logs);
  });
  afterAll(() => app.close());

  const lineFor = (reqId: string) => logs.find((line) => line.reqId === reqId && line.msg === 'request completed');

  it('writes one JSON line per request with its id, method, route, status and duration', async () => {
    const res = await request(app.getHttpServer()).get('/api/health').set('X-Request-Id', 'trace-42').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-42');
    const line = lineFor('trace-42');
    expect(line).toMatchObject({
      level: 'info',
      method: 'GET',
      route: '/api/health',
      path: '/api/health',
      status: 200,
    });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('logs the route pattern, not the id in the path', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    const res = await request(app.getHttpServer()).get(`/api/tasks/${task.id}?x=1`).set(user.auth).expect(200);
    expect(lineFor(res.headers['x-request-id'])).toMatchObject({
      route: '/api/tasks/:id',
      path: `/api/tasks/${task.id}`,
      status: 200,
    });
  });

  it('makes an id when the request has none, and returns it', async () => {
    const res = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(res.headers['x-request-id']).toMatch(UUID);
    expect(lineFor(res.headers['x-request-id'])).toMatchObject({ method: 'GET', route: '/api/health', status: 200 });
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['with spaces', 'two words'],
    ['shaped to forge log fields', '","level":"fatal'],
  ])('replaces a request id that is %s', async (_, sent) => {
    const res = await request(app.getHttpServer()).get('/api/health').set('X-Request-Id', sent).expect(200);
    expect(res.headers['x-request-id']).toMatch(UUID);
    // Logged under the id it was given instead, and the one sent appears nowhere.
    expect(lineFor(res.headers['x-request-id'])).toMatchObject({ route: '/api/health', status: 200 });
    expect(logs.text()).not.toContain(sent);
  });

  it('keeps a request id of 128 characters', async () => {
    const id = 'b'.repeat(128);
    const res = await request(app.getHttpServer()).get('/api/health').set('X-Request-Id', id).expect(200);
    expect(res.headers['x-request-id']).toBe(id);
  });

  it('sends the request id on errors too', async () => {
    const res = await request(app.getHttpServer()).get('/api/tasks').set('X-Request-Id', 'no-token-1').expect(401);
    expect(res.headers['x-request-id']).toBe('no-token-1');
    expect(lineFor('no-token-1')).toMatchObject({ status: 401, route: '/api/tasks' });
  });

  it('writes no password, token or hash, whatever the auth flow', async () => {
    const user = await registerUser(app);
    await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: user.email, password: 'wrong-password-1' })
      .expect(401);
    await request(app.getHttpServer()).post('/api/auth/login').send({ email: user.email, password: user.password });
    await request(app.getHttpServer()).get('/api/auth/me').set(user.auth).expect(200);
    const text = logs.text();
    for (const secret of [user.password, 'wrong-password-1', user.accessToken, user.refreshToken, '$2b$']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('log level', () => {
  it('follows LOG_LEVEL: at warn, a warning is written and an info line is not', async () => {
    const logs = new LogCapture();
    const app = await appLoggingTo(logs, 'warn');
    try {
      await request(app.getHttpServer()).get('/api/health').set('X-Request-Id', 'level-info-1').expect(200);
      await request(app.getHttpServer())
        .post('/api/auth/login')
        .set('X-Request-Id', 'level-warn-1')
        .send({ email: uniqueEmail(), password: 'not the password' })
        .expect(401);
      expect(logs.lines.filter((line) => line.reqId === 'level-info-1')).toEqual([]);
      expect(logs.lines.filter((line) => line.reqId === 'level-warn-1')).toEqual([
        expect.objectContaining({ level: 'warn', event: 'login_failed' }),
      ]);
      expect(logs.lines.filter((line) => line.level !== 'warn' && line.level !== 'error')).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
