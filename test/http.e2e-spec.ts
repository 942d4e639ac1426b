import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { QueryFailedError } from 'typeorm';
import { TasksService } from '../src/tasks/tasks.service';
import { expectProblem } from './support/http';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

describe('HTTP behaviour: errors, headers, CORS', () => {
  let app: NestFastifyApplication;
  let http: ReturnType<NestFastifyApplication['getHttpServer']>;
  let user: TestUser;
  beforeAll(async () => {
    app = await createTestApp();
    http = app.getHttpServer();
    user = await registerUser(app);
  });
  afterAll(() => app.close());

  describe('problem+json for every error', () => {
    it('answers malformed JSON with 400', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send('{"title": "x",')
        .expect(400);
      expectProblem(res, 400, 'bad-request');
      expect(res.body).toEqual({
        type: 'urn:todo-api:problem:bad-request',
        title: 'Bad Request',
        status: 400,
        detail: 'The request body is not valid JSON.',
      });
    });

    it('answers malformed JSON on a public route with 400 too', async () => {
      const res = await request(http).post('/api/auth/login').set('Content-Type', 'application/json').send('nope');
      expectProblem(res, 400, 'bad-request');
    });

    it('answers a body over 100 KB with 413', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .send({ title: 'big', description: 'x'.repeat(101 * 1024) })
        .expect(413);
      expectProblem(res, 413, 'payload-too-large');
    });

    it('accepts a body just under 100 KB (then validates it)', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .send({ title: 'big', description: 'x'.repeat(99 * 1024) });
      expectProblem(res, 422, 'validation', ['description']);
    });

    it('answers a non-JSON body with 415', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .set('Content-Type', 'text/plain')
        .send('title=x')
        .expect(415);
      expectProblem(res, 415, 'unsupported-media-type');
    });

    // A form post is a "simple" cross-origin request, sent without a preflight: were it read, any
    // page could sign a visitor in or create tasks through a plain HTML form.
    it('answers a form-encoded body with 415, on public routes too', async () => {
      const login = await request(http)
        .post('/api/auth/login')
        .type('form')
        .send({ email: user.email, password: user.password })
        .expect(415);
      expectProblem(login, 415, 'unsupported-media-type');
      const task = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .type('form')
        .send({ title: 'sent as a form' })
        .expect(415);
      expectProblem(task, 415, 'unsupported-media-type');
      const list = await request(http).get('/api/tasks?q=sent%20as%20a%20form').set(user.auth).expect(200);
      expect(list.body.items).toEqual([]);
    });

    it('answers an unknown route with 404 problem+json', async () => {
      const res = await request(http).get('/api/nothing-here').set(user.auth).expect(404);
      expectProblem(res, 404, 'not-found');
      expect(res.body).toEqual({
        type: 'urn:todo-api:problem:not-found',
        title: 'Not Found',
        status: 404,
        detail: 'No such resource.',
      });
    });

    it('answers an unexpected failure with a generic 500 that shows nothing of the cause, and logs it', async () => {
      const tasks = app.get(TasksService);
      const original = tasks.findOne.bind(tasks);
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      tasks.findOne = () => {
        throw new QueryFailedError(
          'SELECT secret FROM /srv/app/tasks.ts',
          [],
          new Error('relation "x" does not exist'),
        );
      };
      try {
        const task = await createTask(app, user);
        const res = await request(http).get(`/api/tasks/${task.id}`).set(user.auth).expect(500);
        expectProblem(res, 500, 'internal');
        expect(res.body).toEqual({
          type: 'urn:todo-api:problem:internal',
          title: 'Internal Server Error',
          status: 500,
          detail: 'Something went wrong on our side.',
        });
        expect(res.text).not.toMatch(/SELECT|secret|\/srv|relation|stack|typeorm/i);
        expect(logged).toHaveBeenCalledWith(expect.stringContaining('query failed'), expect.any(String));
      } finally {
        tasks.findOne = original;
        logged.mockRestore();
      }
    });
  });

  describe('NUL characters', () => {
    it.each([
      {
        route: '/api/auth/register',
        body: { email: 'nul@example.com', password: 'long enough pw', name: 'a\u0000b' },
        field: 'name',
      },
      {
        route: '/api/auth/register',
        body: { email: 'nul2@example.com', password: 'abcdefgh\u0000ijk' },
        field: 'password',
      },
      {
        route: '/api/auth/login',
        body: { email: 'nul@example.com', password: 'abcdefgh\u0000ijk' },
        field: 'password',
      },
    ])('refuses one in $field of $route with a 422, not a 500', async ({ route, body, field }) => {
      const res = await request(http).post(route).send(body).expect(422);
      expect(res.body.errors).toEqual([{ field, message: `${field} must not contain the NUL character` }]);
    });

    it('refuses one in PATCH /api/auth/me and in a query parameter', async () => {
      const res = await request(http).patch('/api/auth/me').set(user.auth).send({ name: '\u0000' }).expect(422);
      expect(res.body.errors[0].field).toBe('name');
      await request(http).get('/api/tasks').query({ q: 'a\u0000' }).set(user.auth).expect(422);
    });
  });

  describe('headers', () => {
    it('sends Cache-Control: no-store, security headers and no X-Powered-By', async () => {
      const res = await request(http).get('/api/tasks').set(user.auth).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('sends the same security headers on every answer: routes, errors, unknown paths and the docs page', async () => {
      const expected = {
        'content-security-policy':
          "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
          "frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';" +
          "script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'origin-agent-cluster': '?1',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'x-content-type-options': 'nosniff',
        'x-dns-prefetch-control': 'off',
        'x-download-options': 'noopen',
        'x-frame-options': 'SAMEORIGIN',
        'x-permitted-cross-domain-policies': 'none',
        'x-xss-protection': '0',
      };
      const answers = [
        await request(http).get('/api/tasks').set(user.auth).expect(200),
        await request(http).get('/api/tasks').expect(401),
        await request(http).get('/api/no-such-route').set(user.auth).expect(404),
        await request(http).get('/api/docs').redirects(1).expect(200),
      ];
      for (const res of answers) expect(res.headers).toMatchObject(expected);
    });

    it('sends Cache-Control: no-store on errors too', async () => {
      const res = await request(http).get('/api/tasks').expect(401);
      expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  describe('CORS', () => {
    it('allows a configured origin, with Authorization in the preflight', async () => {
      const res = await request(http)
        .options('/api/tasks')
        .set('Origin', 'http://localhost:5173')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(res.headers['access-control-allow-headers']).toMatch(/authorization/i);
      expect(res.headers['access-control-allow-methods']).toMatch(/PATCH/);
    });

    it('exposes Location to the allowed origin on a real request', async () => {
      const res = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .set('Origin', 'http://localhost:5173')
        .send({ title: 'cors' })
        .expect(201);
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(res.headers['access-control-expose-headers']).toMatch(/Location/);
    });

    it('answers an OPTIONS that is not a preflight like one, never with a text/plain 400', async () => {
      const res = await request(http).options('/api/tasks');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-methods']).toMatch(/PATCH/);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses any other origin: no Access-Control-Allow-Origin', async () => {
      const preflight = await request(http)
        .options('/api/tasks')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const res = await request(http).get('/api/health').set('Origin', 'https://evil.example').expect(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
