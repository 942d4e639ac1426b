import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createAppWithRoutes, ROUTES, routeKey } from './support/routes';
import { sorted } from './support/sort';
import { createTask, registerUser } from './support/test-app';

/** What SPA fetch wrappers commonly send on every request, body or not. */
const JSON_TYPES = ['application/json', 'application/json; charset=utf-8'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

describe('an empty body sent with a JSON content type', () => {
  let app: NestFastifyApplication;
  let routes: { method: string; path: string }[] = [];
  beforeAll(async () => {
    ({ app, registered: routes } = await createAppWithRoutes());
  });
  afterAll(() => app.close());

  const emptyJson = (method: string, path: string, contentType: string, token?: string) => {
    const http = request(app.getHttpServer());
    const req = http[method.toLowerCase() as Method](path).set('Content-Type', contentType).set('Content-Length', '0');
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  it('is never a 400, on any registered route', async () => {
    expect(sorted(routes.map(routeKey))).toEqual(sorted(ROUTES.map(routeKey)));
    const refused: string[] = [];
    let user = await registerUser(app);
    for (const { method, path: url } of routes) {
      for (const contentType of JSON_TYPES) {
        // A live session and a task of the caller's own, so that each call reaches its handler.
        const me = await request(app.getHttpServer()).get('/api/auth/me').set(user.auth);
        if (me.status !== 200) user = await registerUser(app);
        const task = await createTask(app, user);
        const path = url.replace(/:[^/]+/g, url.startsWith('/api/tasks/') ? task.id : randomUUID());
        const res = await emptyJson(method, path, contentType, user.accessToken);
        if (res.status === 400) refused.push(`${method} ${url} (${contentType}): ${JSON.stringify(res.body)}`);
      }
    }
    expect(refused).toEqual([]);
  }, 60_000);

  it.each(JSON_TYPES)('deletes a task as if no content type had been sent (%s)', async (contentType) => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    expect((await emptyJson('DELETE', `/api/tasks/${task.id}`, contentType, user.accessToken)).status).toBe(204);
    const read = await request(app.getHttpServer()).get(`/api/tasks/${task.id}`).set(user.auth);
    expect(read.status).toBe(404);
  });

  it.each(JSON_TYPES)('logs out as if no content type had been sent (%s)', async (contentType) => {
    const user = await registerUser(app);
    expect((await emptyJson('POST', '/api/auth/logout', contentType, user.accessToken)).status).toBe(204);
    expect((await request(app.getHttpServer()).get('/api/auth/me').set(user.auth)).status).toBe(401);
  });

  it('toggles a task on the complete route, whose body is optional', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    const res = await emptyJson('PATCH', `/api/tasks/${task.id}/complete`, JSON_TYPES[1], user.accessToken);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: task.id, completed: true });
  });

  it.each([
    ['POST', '/api/tasks', ['title']],
    ['POST', '/api/auth/login', ['email', 'password']],
    ['POST', '/api/auth/register', ['email', 'password']],
  ])('still answers %s %s, which needs a body, with a 422 naming its fields', async (method, url, fields) => {
    const user = await registerUser(app);
    const res = await emptyJson(method, url, 'application/json', user.accessToken);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const named = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    for (const field of fields) expect(named).toContain(field);
  });

  it('still refuses malformed JSON with a 400', async () => {
    const user = await registerUser(app);
    const res = await request(app.getHttpServer())
      .post('/api/tasks')
      .set(user.auth)
      .set('Content-Type', 'application/json')
      .send('{"title":');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'urn:todo-api:problem:bad-request' });
  });
});
