import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { LogCapture } from './support/log-capture';
import { createPersonalToken } from './support/personal-tokens';
import { connectDb } from './support/db';
import { expectProblem, send } from './support/http';
import { createTask, createTestApp, registerUser } from './support/test-app';

const sha256 = (token: string) => createHash('sha256').update(token).digest();

describe('personal access tokens', () => {
  let app: NestFastifyApplication;
  let db: Client;
  beforeAll(async () => {
    app = await createTestApp();
    db = await connectDb();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const rows = async (userId: string) =>
    (
      await db.query<{ id: string; token_hash: Buffer; last_used_at: Date | null; scopes: string[] }>(
        'SELECT * FROM personal_access_tokens WHERE user_id = $1',
        [userId],
      )
    ).rows;

  it('has an entity that describes its table exactly: TypeORM’s schema diff has nothing to change there', async () => {
    const { upQueries } = await app.get(DataSource).driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query).filter((query) => query.includes('personal_access_tokens'))).toEqual([]);
  });

  describe('creating, listing and deleting', () => {
    it('shows the secret once and keeps only its SHA-256', async () => {
      const user = await registerUser(app);
      const res = await send(app, 'POST', '/api/auth/tokens', {
        token: user.accessToken,
        body: { name: '  CLI  ', scopes: ['tasks:write', 'tasks:read'] },
      });
      expect(res.status).toBe(201);
      expect(res.headers.location).toBe(`/api/auth/tokens/${res.body.id}`);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'CLI',
        scopes: ['tasks:read', 'tasks:write'],
        token: expect.stringMatching(/^tdo_[A-Za-z0-9_-]{43}$/),
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
      });
      const days = (Date.parse(res.body.expiresAt as string) - Date.parse(res.body.createdAt as string)) / 86_400_000;
      expect(Math.round(days)).toBe(90);

      const [row] = await rows(user.id);
      expect(row.token_hash.equals(sha256(res.body.token as string))).toBe(true);
      const stored = JSON.stringify(
        (await db.query('SELECT * FROM personal_access_tokens WHERE user_id = $1', [user.id])).rows,
      );
      expect(stored).not.toContain((res.body.token as string).slice(4));

      const list = await send(app, 'GET', '/api/auth/tokens', { token: user.accessToken });
      expect(list.status).toBe(200);
      expect(list.body).toEqual([
        {
          id: res.body.id,
          name: 'CLI',
          scopes: ['tasks:read', 'tasks:write'],
          createdAt: res.body.createdAt,
          expiresAt: res.body.expiresAt,
          lastUsedAt: null,
        },
      ]);
    });

    it.each([
      ['an unknown scope', { name: 'x', scopes: ['admin'] }, 'scopes'],
      ['no scope', { name: 'x', scopes: [] }, 'scopes'],
      ['an empty name', { name: '  ', scopes: ['tasks:read'] }, 'name'],
      ['0 days', { name: 'x', scopes: ['tasks:read'], expiresInDays: 0 }, 'expiresInDays'],
      ['366 days', { name: 'x', scopes: ['tasks:read'], expiresInDays: 366 }, 'expiresInDays'],
      ['an unknown field', { name: 'x', scopes: ['tasks:read'], userId: randomUUID() }, 'userId'],
    ])('refuses %s with a 422', async (_, body, field) => {
      const user = await registerUser(app);
      const res = await send(app, 'POST', '/api/auth/tokens', { token: user.accessToken, body });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await rows(user.id)).toEqual([]);
    });

    it('deletes a token at once; another user’s token or a malformed id is a 404 that changes nothing', async () => {
      const [owner, other] = [await registerUser(app), await registerUser(app)];
      const created = await createPersonalToken(app, owner);
      expect((await send(app, 'GET', '/api/tasks', { token: created.token })).status).toBe(200);
      for (const id of [created.id, 'not-a-uuid']) {
        const res = await send(app, 'DELETE', `/api/auth/tokens/${id}`, { token: other.accessToken });
        expect(res.status).toBe(404);
      }
      expect((await send(app, 'GET', '/api/tasks', { token: created.token })).status).toBe(200);

      const res = await send(app, 'DELETE', `/api/auth/tokens/${created.id}`, { token: owner.accessToken });
      expect(res.status).toBe(204);
      const refused = await send(app, 'GET', '/api/tasks', { token: created.token });
      expect(refused.status).toBe(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer');
      expect((await send(app, 'DELETE', `/api/auth/tokens/${created.id}`, { token: owner.accessToken })).status).toBe(
        404,
      );
    });

    it('holds at most 20 per user, even when asked for many at once; expired ones make room', async () => {
      const user = await registerUser(app);
      const results = await Promise.all(
        Array.from({ length: 24 }, () =>
          send(app, 'POST', '/api/auth/tokens', {
            token: user.accessToken,
            body: { name: 'x', scopes: ['tasks:read'] },
          }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(20);
      const refused = results.filter((r) => r.status === 409);
      expect(refused).toHaveLength(4);
      expect(expectProblem(refused[0], 409, 'conflict').detail).toMatch(/20 personal access tokens/);
      expect(await rows(user.id)).toHaveLength(20);

      await db.query(
        `UPDATE personal_access_tokens SET expires_at = now() - interval '1 second'
         WHERE id = (SELECT id FROM personal_access_tokens WHERE user_id = $1 LIMIT 1)`,
        [user.id],
      );
      expect((await createPersonalToken(app, user)).token).toMatch(/^tdo_/);
      expect(await rows(user.id)).toHaveLength(20);
    });
  });

  describe('what a token may do', () => {
    it('lets tasks:read read tasks and tags, and answers a write with 403 naming tasks:write', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user, { tags: ['home'] });
      const { token } = await createPersonalToken(app, user, ['tasks:read']);
      for (const url of [
        '/api/tasks',
        `/api/tasks/${task.id}`,
        '/api/tasks/stats',
        '/api/tasks/changes',
        '/api/tasks/trash',
        '/api/tags',
      ]) {
        expect(`${url} ${(await send(app, 'GET', url, { token })).status}`).toBe(`${url} 200`);
      }
      const writes: [method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: object][] = [
        ['POST', '/api/tasks', { title: 'x' }],
        ['PATCH', `/api/tasks/${task.id}`, { title: 'y' }],
        ['PUT', `/api/tasks/${task.id}`, { title: 'y' }],
        ['PATCH', `/api/tasks/${task.id}/complete`, { completed: true }],
        ['DELETE', `/api/tasks/${task.id}`],
        ['POST', `/api/tasks/${task.id}/restore`],
        ['DELETE', `/api/tasks/trash/${task.id}`],
        ['DELETE', '/api/tasks/trash'],
      ];
      for (const [method, url, body] of writes) {
        const res = await send(app, method, url, { token, body });
        expect(`${method} ${url} ${res.status}`).toBe(`${method} ${url} 403`);
        expectProblem(res, 403, 'insufficient-scope');
        expect(res.headers['www-authenticate']).toBe('Bearer error="insufficient_scope", scope="tasks:write"');
      }
      const after = await send(app, 'GET', `/api/tasks/${task.id}`, { token: user.accessToken });
      expect(after.body).toMatchObject({ title: task.title, completed: false });
    });

    it('lets tasks:write write and read', async () => {
      const user = await registerUser(app);
      const { token } = await createPersonalToken(app, user, ['tasks:write']);
      const created = await send(app, 'POST', '/api/tasks', { token, body: { title: 'from a script' } });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect((await send(app, 'PATCH', `/api/tasks/${id}`, { token, body: { priority: 'high' } })).status).toBe(200);
      expect((await send(app, 'GET', `/api/tasks/${id}`, { token })).body).toMatchObject({ priority: 'high' });
      expect((await send(app, 'DELETE', `/api/tasks/${id}`, { token })).status).toBe(204);
      expect((await send(app, 'GET', `/api/tasks/${id}`, { token: user.accessToken })).status).toBe(404);
      expect((await send(app, 'GET', '/api/tasks/trash', { token })).body.items).toEqual([
        expect.objectContaining({ id }),
      ]);
      expect((await send(app, 'POST', `/api/tasks/${id}/restore`, { token })).status).toBe(200);
      expect((await send(app, 'DELETE', `/api/tasks/${id}`, { token })).status).toBe(204);
      expect((await send(app, 'DELETE', `/api/tasks/trash/${id}`, { token })).status).toBe(204);
      expect((await send(app, 'DELETE', '/api/tasks/trash', { token })).status).toBe(204);
    });

    it('keeps every token out of the account, session and token routes with a 403', async () => {
      const user = await registerUser(app);
      const { token } = await createPersonalToken(app, user);
      const routes: [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: object][] = [
        ['GET', '/api/auth/me'],
        ['PATCH', '/api/auth/me', { name: 'x' }],
        ['DELETE', '/api/auth/me', { password: user.password }],
        ['POST', '/api/auth/change-password', { currentPassword: user.password, newPassword: `${user.password}!` }],
        ['GET', '/api/auth/sessions'],
        ['POST', '/api/auth/logout'],
        ['GET', '/api/auth/tokens'],
        ['POST', '/api/auth/tokens', { name: 'more', scopes: ['tasks:write'] }],
      ];
      for (const [method, url, body] of routes) {
        const res = await send(app, method, url, { token, body });
        expect(`${method} ${url} ${res.status}`).toBe(`${method} ${url} 403`);
        expectProblem(res, 403, 'insufficient-scope');
        expect(res.headers['www-authenticate']).toBe('Bearer error="insufficient_scope"');
      }
      expect((await send(app, 'GET', '/api/auth/me', { token: user.accessToken })).status).toBe(200);
      expect(await rows(user.id)).toHaveLength(1);
    });

    it('acts as its own user only', async () => {
      const [owner, other] = [await registerUser(app), await registerUser(app)];
      const theirs = await createTask(app, other);
      const { token } = await createPersonalToken(app, owner);
      expect((await send(app, 'GET', `/api/tasks/${theirs.id}`, { token })).status).toBe(404);
      expect((await send(app, 'DELETE', `/api/tasks/${theirs.id}`, { token })).status).toBe(404);
      expect((await send(app, 'GET', '/api/tasks', { token })).body.items).toEqual([]);
    });
  });

  describe('when a token stops working', () => {
    it.each([
      ['unknown', 'tdo_' + 'A'.repeat(43)],
      ['malformed', 'tdo_short'],
      ['empty after the prefix', 'tdo_'],
    ])('refuses an %s token with the bare 401', async (_, token) => {
      const res = await send(app, 'GET', '/api/tasks', { token });
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    it('refuses an expired token', async () => {
      const user = await registerUser(app);
      const created = await createPersonalToken(app, user, ['tasks:read'], { expiresInDays: 1 });
      expect((await send(app, 'GET', '/api/tasks', { token: created.token })).status).toBe(200);
      await db.query(`UPDATE personal_access_tokens SET expires_at = now() - interval '1 ms' WHERE id = $1`, [
        created.id,
      ]);
      expect((await send(app, 'GET', '/api/tasks', { token: created.token })).status).toBe(401);
      const list = await send(app, 'GET', '/api/auth/tokens', { token: user.accessToken });
      expect(list.body).toEqual([expect.objectContaining({ id: created.id })]);
    });

    it('deletes every token when the password changes', async () => {
      const user = await registerUser(app);
      const tokens = [await createPersonalToken(app, user), await createPersonalToken(app, user, ['tasks:read'])];
      const res = await send(app, 'POST', '/api/auth/change-password', {
        token: user.accessToken,
        body: { currentPassword: user.password, newPassword: `new-${randomUUID()}` },
      });
      expect(res.status).toBe(204);
      for (const { token } of tokens) expect((await send(app, 'GET', '/api/tasks', { token })).status).toBe(401);
      expect((await send(app, 'GET', '/api/auth/tokens', { token: user.accessToken })).body).toEqual([]);
    });

    it('goes with its account', async () => {
      const user = await registerUser(app);
      const { token } = await createPersonalToken(app, user);
      const res = await send(app, 'DELETE', '/api/auth/me', {
        token: user.accessToken,
        body: { password: user.password },
      });
      expect(res.status).toBe(204);
      expect((await send(app, 'GET', '/api/tasks', { token })).status).toBe(401);
      expect(await rows(user.id)).toEqual([]);
    });
  });

  describe('last use', () => {
    it('records the first use, then writes again only once the recorded one is a minute old', async () => {
      const user = await registerUser(app);
      const created = await createPersonalToken(app, user, ['tasks:read']);
      await send(app, 'GET', '/api/tasks', { token: created.token });
      const [first] = await rows(user.id);
      expect(first.last_used_at).toBeInstanceOf(Date);

      await send(app, 'GET', '/api/tasks', { token: created.token });
      expect((await rows(user.id))[0].last_used_at).toEqual(first.last_used_at);

      await db.query(`UPDATE personal_access_tokens SET last_used_at = now() - interval '61 seconds' WHERE id = $1`, [
        created.id,
      ]);
      const aged = (await rows(user.id))[0].last_used_at!;
      await send(app, 'GET', '/api/tasks', { token: created.token });
      const [after] = await rows(user.id);
      expect(after.last_used_at!.getTime()).toBeGreaterThan(aged.getTime());
      const list = await send(app, 'GET', '/api/auth/tokens', { token: user.accessToken });
      expect((list.body as unknown as { lastUsedAt: string }[])[0].lastUsedAt).toBe(after.last_used_at!.toISOString());
    });
  });
});

describe('personal access tokens in the logs', () => {
  it('writes no token into any log line, at the most verbose level', async () => {
    const logs = new LogCapture();
    const app = await createTestApp({ LOG_LEVEL: 'trace' }, { logs });
    try {
      const user = await registerUser(app);
      const created = await createPersonalToken(app, user);
      await send(app, 'GET', '/api/tasks', { token: created.token });
      await send(app, 'GET', '/api/auth/me', { token: created.token });
      await send(app, 'DELETE', `/api/auth/tokens/${created.id}`, { token: user.accessToken });
      await send(app, 'GET', '/api/tasks', { token: created.token });
      const text = logs.text();
      expect(text).toContain('token_created');
      expect(text).toContain('token_revoked');
      expect(text).not.toContain(created.token.slice(4));
    } finally {
      await app.close();
    }
  });
});
