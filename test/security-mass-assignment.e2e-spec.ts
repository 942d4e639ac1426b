import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { createTestApp, registerUser, uniqueEmail, type TestUser } from './support/test-app';
import { connectDb } from './support/db';
import { send } from './support/http';

/** Fields a client must never set, with values an attacker would try. */
function forbidden(victim: TestUser): Record<string, unknown> {
  return {
    id: randomUUID(),
    ownerId: victim.id,
    userId: victim.id,
    owner_id: victim.id,
    user_id: victim.id,
    createdAt: '2000-01-01T00:00:00.000Z',
    updatedAt: '2000-01-01T00:00:00.000Z',
    completedAt: '2000-01-01T00:00:00.000Z',
    version: 42,
    passwordHash: '$2b$10$abcdefghijklmnopqrstuu1234567890123456789012345678901',
    isAdmin: true,
    role: 'admin',
    sessionId: randomUUID(),
    unknownField: 'x',
  };
}

interface Route {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: (ctx: Context) => string;
  body: (ctx: Context) => Record<string, unknown>;
  auth: boolean;
}

interface Context {
  user: TestUser;
  victim: TestUser;
  taskId: string;
  newEmail: string;
}

const routes: Route[] = [
  {
    name: 'POST /api/auth/register',
    method: 'POST',
    url: () => '/api/auth/register',
    body: (c) => ({ email: c.newEmail, password: 'a fine passphrase', name: 'New' }),
    auth: false,
  },
  {
    name: 'POST /api/auth/login',
    method: 'POST',
    url: () => '/api/auth/login',
    body: (c) => ({ email: c.user.email, password: c.user.password }),
    auth: false,
  },
  {
    name: 'POST /api/auth/refresh',
    method: 'POST',
    url: () => '/api/auth/refresh',
    body: (c) => ({ refreshToken: c.user.refreshToken }),
    auth: false,
  },
  {
    name: 'POST /api/auth/change-password',
    method: 'POST',
    url: () => '/api/auth/change-password',
    body: (c) => ({ currentPassword: c.user.password, newPassword: 'a brand new passphrase' }),
    auth: true,
  },
  { name: 'PATCH /api/auth/me', method: 'PATCH', url: () => '/api/auth/me', body: () => ({ name: 'New' }), auth: true },
  {
    name: 'DELETE /api/auth/me',
    method: 'DELETE',
    url: () => '/api/auth/me',
    body: (c) => ({ password: c.user.password }),
    auth: true,
  },
  { name: 'POST /api/tasks', method: 'POST', url: () => '/api/tasks', body: () => ({ title: 'new' }), auth: true },
  {
    name: 'PATCH /api/tasks/{id}',
    method: 'PATCH',
    url: (c) => `/api/tasks/${c.taskId}`,
    body: () => ({ title: 'changed' }),
    auth: true,
  },
  {
    name: 'PUT /api/tasks/{id}',
    method: 'PUT',
    url: (c) => `/api/tasks/${c.taskId}`,
    body: () => ({ title: 'replaced', description: 'replaced', completed: true }),
    auth: true,
  },
];

describe('mass assignment: no body can set a field the API does not take', () => {
  let app: NestFastifyApplication;
  let db: Client;
  let ctx: Context;

  /** Every row the request could have touched, for both users. */
  async function snapshot(): Promise<unknown> {
    const ids = [ctx.user.id, ctx.victim.id];
    // One client runs one query at a time.
    const users = await db.query('SELECT * FROM users WHERE id = ANY($1) ORDER BY id', [ids]);
    const sessions = await db.query('SELECT * FROM sessions WHERE user_id = ANY($1) ORDER BY id', [ids]);
    const rotated = await db.query(
      'SELECT r.* FROM rotated_refresh_tokens r JOIN sessions s ON s.id = r.session_id WHERE s.user_id = ANY($1) ORDER BY r.token_hash',
      [ids],
    );
    const tasks = await db.query('SELECT * FROM tasks WHERE owner_id = ANY($1) ORDER BY id', [ids]);
    const newcomers = await db.query('SELECT count(*) FROM users WHERE email = $1', [ctx.newEmail]);
    return {
      users: users.rows,
      sessions: sessions.rows,
      rotated: rotated.rows,
      tasks: tasks.rows,
      newcomers: newcomers.rows,
    };
  }

  beforeAll(async () => {
    app = await createTestApp();
    db = await connectDb();
    const user = await registerUser(app);
    const victim = await registerUser(app);
    const task = await send(app, 'POST', '/api/tasks', { token: user.accessToken, body: { title: 'original' } });
    ctx = { user, victim, taskId: task.body.id as string, newEmail: uniqueEmail('newcomer') };
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it.each(routes)('$name refuses every forbidden field with 422 naming it, and changes nothing', async (route) => {
    const before = await snapshot();
    for (const [field, value] of Object.entries(forbidden(ctx.victim))) {
      const res = await send(app, route.method, route.url(ctx), {
        token: route.auth ? ctx.user.accessToken : undefined,
        body: { ...route.body(ctx), [field]: value },
      });
      expect({ field, status: res.status }).toEqual({ field, status: 422 });
      expect(res.body.errors).toEqual(expect.arrayContaining([{ field, message: `${field} is not a known field` }]));
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(routes)('$name refuses prototype keys and changes nothing', async (route) => {
    const before = await snapshot();
    const base = JSON.stringify(route.body(ctx)).slice(0, -1);
    for (const extra of ['"__proto__":{"isAdmin":true}', '"constructor":{"prototype":{"isAdmin":true}}']) {
      const res = await app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: route.method,
          url: route.url(ctx),
          headers: {
            'content-type': 'application/json',
            ...(route.auth ? { authorization: `Bearer ${ctx.user.accessToken}` } : {}),
          },
          payload: `${base},${extra}}`,
        });
      expect([400, 422]).toContain(res.statusCode);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('still accepts each base body, so the refusals above are about the extra field', async () => {
    const task = await send(app, 'GET', `/api/tasks/${ctx.taskId}`, { token: ctx.user.accessToken });
    expect(task.body.title).toBe('original');
    for (const route of routes.filter(
      (r) => !['DELETE /api/auth/me', 'POST /api/auth/change-password'].includes(r.name),
    )) {
      const res = await send(app, route.method, route.url(ctx), {
        token: route.auth ? ctx.user.accessToken : undefined,
        body: route.body(ctx),
      });
      expect({ route: route.name, ok: res.status < 300 }).toEqual({ route: route.name, ok: true });
    }
  });
});
