import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { createTestApp, registerUser, uniqueEmail, type TestUser } from './support/test-app';
import { freezeClock } from './support/clock';
import { connectDb } from './support/db';
import { expectProblem, send } from './support/http';
import { decodeClaims } from './support/jwt';
import { sorted } from './support/sort';

const sha256 = (token: string) => createHash('sha256').update(token).digest();

describe('sessions, refresh and logout', () => {
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

  const me = (token: string) => send(app, 'GET', '/api/auth/me', { token });
  const refresh = (refreshToken: string) => send(app, 'POST', '/api/auth/refresh', { body: { refreshToken } });
  const login = (user: TestUser, userAgent = 'test-agent') =>
    send(app, 'POST', '/api/auth/login', {
      body: { email: user.email, password: user.password },
      headers: { 'user-agent': userAgent },
    });
  const sessionRows = async (userId: string) =>
    (
      await db.query<{ id: string; refresh_token_hash: Buffer; revoked_at: Date | null; expires_at: Date }>(
        'SELECT id, refresh_token_hash, revoked_at, expires_at, created_at FROM sessions WHERE user_id = $1',
        [userId],
      )
    ).rows;

  describe('sessions', () => {
    it('starts a session row on registration and on each login, named by the access token', async () => {
      const user = await registerUser(app);
      expect(await sessionRows(user.id)).toHaveLength(1);
      const second = await login(user);
      expect(second.status).toBe(200);
      const rows = await sessionRows(user.id);
      expect(rows).toHaveLength(2);
      expect(rows.map((r) => r.id)).toContain(decodeClaims(second.body.accessToken as string).sid);
    });

    it('stores only a SHA-256 hash of a 256-bit random refresh token', async () => {
      const user = await registerUser(app);
      expect(Buffer.from(user.refreshToken, 'base64url')).toHaveLength(32);
      const [row] = await sessionRows(user.id);
      expect(row.refresh_token_hash.equals(sha256(user.refreshToken))).toBe(true);
      const dump = JSON.stringify((await db.query('SELECT * FROM sessions WHERE user_id = $1', [user.id])).rows);
      expect(dump).not.toContain(user.refreshToken);
    });

    it('gives sessions an absolute lifetime of 30 days by default that rotation does not extend', async () => {
      const user = await registerUser(app);
      const [before] = await sessionRows(user.id);
      const days = (before.expires_at.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.99);
      expect(days).toBeLessThanOrEqual(30);
      expect((await refresh(user.refreshToken)).status).toBe(200);
      const [after] = await sessionRows(user.id);
      expect(after.expires_at.getTime()).toBe(before.expires_at.getTime());
    });
  });

  describe('POST /api/auth/refresh', () => {
    it('returns a new working pair and spends the refresh token sent', async () => {
      const user = await registerUser(app);
      const res = await refresh(user.refreshToken);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: user.id, email: user.email } });
      expect(res.body.refreshToken).not.toBe(user.refreshToken);
      expect(decodeClaims(res.body.accessToken as string).sid).toBe(decodeClaims(user.accessToken).sid);
      expect((await me(res.body.accessToken as string)).status).toBe(200);
      const [row] = await sessionRows(user.id);
      expect(row.refresh_token_hash.equals(sha256(res.body.refreshToken as string))).toBe(true);
    });

    it('treats a rotated token presented again after the grace period as theft: the whole session ends and it is logged', async () => {
      const warn = jest.spyOn(Logger.prototype, 'warn');
      try {
        const user = await registerUser(app);
        const rotated = await refresh(user.refreshToken);
        expect(rotated.status).toBe(200);

        // Past the 30 s in which a racing tab or a retry would get the same answer again.
        freezeClock(app).advance(31_000);
        const replay = await refresh(user.refreshToken);
        expectProblem(replay, 401, 'unauthorized');

        expect((await refresh(rotated.body.refreshToken as string)).status).toBe(401);
        expect((await me(rotated.body.accessToken as string)).status).toBe(401);
        expect((await me(user.accessToken)).status).toBe(401);
        const [row] = await sessionRows(user.id);
        expect(row.revoked_at).not.toBeNull();

        const events = warn.mock.calls
          .map(([event]) => event as { event?: string })
          .filter((event) => event.event === 'refresh_reused');
        expect(events).toEqual([{ event: 'refresh_reused', userId: user.id, sessionId: row.id }]);
      } finally {
        jest.restoreAllMocks();
      }
    });

    it('recognises a token rotated away several refreshes ago', async () => {
      const user = await registerUser(app);
      let current = user.refreshToken;
      for (let i = 0; i < 3; i++) current = (await refresh(current)).body.refreshToken as string;
      expect((await refresh(user.refreshToken)).status).toBe(401);
      expect((await refresh(current)).status).toBe(401);
    });

    it('gives both of two concurrent refreshes with the same token a pair that works, in one live session', async () => {
      const user = await registerUser(app);
      const results = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      for (const result of results) {
        expect((await me(result.body.accessToken as string)).status).toBe(200);
        const next = await refresh(result.body.refreshToken as string);
        expect(next.status).toBe(200);
        expect((await me(next.body.accessToken as string)).status).toBe(200);
      }
      const rows = await sessionRows(user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].revoked_at).toBeNull();
    });

    it('refuses an unknown token without touching any session', async () => {
      const user = await registerUser(app);
      expect((await refresh('not-a-token-we-ever-issued')).status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(200);
    });

    it('refuses the refresh token of an expired session, whose access tokens stop too', async () => {
      const user = await registerUser(app);
      await db.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1", [user.id]);
      expect((await refresh(user.refreshToken)).status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(401);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('ends the current session at once: its access and refresh tokens stop working', async () => {
      const user = await registerUser(app);
      const other = await login(user);
      const res = await send(app, 'POST', '/api/auth/logout', { token: user.accessToken });
      expect(res.status).toBe(204);
      expect((await me(user.accessToken)).status).toBe(401);
      expect((await refresh(user.refreshToken)).status).toBe(401);
      expect((await me(other.body.accessToken as string)).status).toBe(200);
    });

    it('needs an access token', async () => {
      expect((await send(app, 'POST', '/api/auth/logout')).status).toBe(401);
    });
  });

  describe('GET /api/auth/sessions', () => {
    it("lists only the caller's active sessions, the current one marked", async () => {
      const user = await registerUser(app);
      const phone = await login(user, 'phone');
      const ended = await login(user, 'old laptop');
      await send(app, 'POST', '/api/auth/logout', { token: ended.body.accessToken as string });
      await registerUser(app);

      const res = await send(app, 'GET', '/api/auth/sessions', { token: phone.body.accessToken as string });
      expect(res.status).toBe(200);
      const list = res.body as unknown as { id: string; current: boolean; userAgent: string | null }[];
      expect(list).toHaveLength(2);
      const phoneSid = decodeClaims(phone.body.accessToken as string).sid;
      expect(list.find((s) => s.current)).toMatchObject({ id: phoneSid, userAgent: 'phone' });
      expect(list.filter((s) => s.current)).toHaveLength(1);
      expect(list.map((s) => s.id)).toContain(decodeClaims(user.accessToken).sid);
      for (const session of list) {
        expect(sorted(Object.keys(session))).toEqual(['createdAt', 'current', 'id', 'lastUsedAt', 'userAgent']);
      }
    });
  });

  describe('DELETE /api/auth/sessions/{id}', () => {
    it('ends one of the caller’s sessions and its tokens', async () => {
      const user = await registerUser(app);
      const laptop = await login(user);
      const sid = decodeClaims(laptop.body.accessToken as string).sid as string;
      const res = await send(app, 'DELETE', `/api/auth/sessions/${sid}`, { token: user.accessToken });
      expect(res.status).toBe(204);
      expect((await me(laptop.body.accessToken as string)).status).toBe(401);
      expect((await refresh(laptop.body.refreshToken as string)).status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(200);
      const again = await send(app, 'DELETE', `/api/auth/sessions/${sid}`, { token: user.accessToken });
      expect(again.status).toBe(404);
    });

    it("answers 404 for another user's session and leaves it working", async () => {
      const alice = await registerUser(app);
      const mallory = await registerUser(app);
      const sid = decodeClaims(alice.accessToken).sid as string;
      const res = await send(app, 'DELETE', `/api/auth/sessions/${sid}`, { token: mallory.accessToken });
      expectProblem(res, 404, 'not-found');
      expect((await me(alice.accessToken)).status).toBe(200);
    });

    it('answers 404 for a malformed id', async () => {
      const user = await registerUser(app);
      for (const id of ['abc', '1', "' OR 1=1 --", '00000000-0000-0000-0000-00000000000g']) {
        const res = await send(app, 'DELETE', `/api/auth/sessions/${encodeURIComponent(id)}`, {
          token: user.accessToken,
        });
        expect(res.status).toBe(404);
      }
    });
  });

  describe('POST /api/auth/change-password', () => {
    const change = (user: TestUser, body: Record<string, unknown>) =>
      send(app, 'POST', '/api/auth/change-password', { token: user.accessToken, body });

    it('changes the password, ends every other session and keeps the current one', async () => {
      const user = await registerUser(app);
      const other = await login(user);
      const res = await change(user, { currentPassword: user.password, newPassword: 'a brand new passphrase' });
      expect(res.status).toBe(204);
      expect((await me(user.accessToken)).status).toBe(200);
      expect((await refresh(user.refreshToken)).status).toBe(200);
      expect((await me(other.body.accessToken as string)).status).toBe(401);
      expect((await refresh(other.body.refreshToken as string)).status).toBe(401);
      expect((await login(user)).status).toBe(401);
      expect((await login({ ...user, password: 'a brand new passphrase' })).status).toBe(200);
    });

    it('answers 401 to a wrong current password and changes nothing', async () => {
      const user = await registerUser(app);
      const other = await login(user);
      const res = await change(user, { currentPassword: 'not the password', newPassword: 'a brand new passphrase' });
      expect(res.status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(200);
      expect((await me(other.body.accessToken as string)).status).toBe(200);
      expect((await login(user)).status).toBe(200);
    });

    it('refuses a new password that breaks the rules or equals the current one', async () => {
      const user = await registerUser(app);
      for (const newPassword of [user.password, 'short', 'x'.repeat(73), 'Password123', 'qwertyuiop']) {
        const res = await change(user, { currentPassword: user.password, newPassword });
        expect(res.status).toBe(422);
        const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
        expect(new Set(fields)).toEqual(new Set(['newPassword']));
      }
      expect((await login(user)).status).toBe(200);
    });
  });

  describe('PATCH /api/auth/me', () => {
    it('sets, trims and clears the name', async () => {
      const user = await registerUser(app);
      const named = await send(app, 'PATCH', '/api/auth/me', { token: user.accessToken, body: { name: '  Ada ' } });
      expect(named.status).toBe(200);
      expect(named.body).toMatchObject({ id: user.id, email: user.email, name: 'Ada' });
      expect((await me(user.accessToken)).body.name).toBe('Ada');
      const cleared = await send(app, 'PATCH', '/api/auth/me', { token: user.accessToken, body: { name: null } });
      expect(cleared.body.name).toBeNull();
      const unchanged = await send(app, 'PATCH', '/api/auth/me', { token: user.accessToken, body: {} });
      expect(unchanged.status).toBe(200);
      expect(unchanged.body.name).toBeNull();
    });

    it('refuses names outside 1..100 characters and fields it does not know', async () => {
      const user = await registerUser(app);
      for (const body of [{ name: '' }, { name: '   ' }, { name: 'x'.repeat(101) }, { name: 7 }, { email: 'x@y.z' }]) {
        const res = await send(app, 'PATCH', '/api/auth/me', { token: user.accessToken, body });
        expect(res.status).toBe(422);
      }
    });
  });

  describe('DELETE /api/auth/me', () => {
    it('asks for the password, then deletes the account, its sessions and its tasks', async () => {
      const user = await registerUser(app);
      const task = await send(app, 'POST', '/api/tasks', { token: user.accessToken, body: { title: 'mine' } });
      expect(task.status).toBe(201);

      const wrong = await send(app, 'DELETE', '/api/auth/me', { token: user.accessToken, body: { password: 'nope' } });
      expect(wrong.status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(200);
      expect((await send(app, 'DELETE', '/api/auth/me', { token: user.accessToken, body: {} })).status).toBe(422);

      const res = await send(app, 'DELETE', '/api/auth/me', {
        token: user.accessToken,
        body: { password: user.password },
      });
      expect(res.status).toBe(204);
      expect((await me(user.accessToken)).status).toBe(401);
      expect((await refresh(user.refreshToken)).status).toBe(401);
      expect((await login(user)).status).toBe(401);
      const counts = await db.query<{ users: string; sessions: string; tasks: string }>(
        `SELECT (SELECT count(*) FROM users WHERE id = $1) AS users,
                (SELECT count(*) FROM sessions WHERE user_id = $1) AS sessions,
                (SELECT count(*) FROM tasks WHERE owner_id = $1) AS tasks`,
        [user.id],
      );
      expect(counts.rows[0]).toEqual({ users: '0', sessions: '0', tasks: '0' });
    });

    it('frees the email for a new account', async () => {
      const email = uniqueEmail();
      const user = await registerUser(app, { email });
      await send(app, 'DELETE', '/api/auth/me', { token: user.accessToken, body: { password: user.password } });
      expect((await registerUser(app, { email })).email).toBe(email);
    });
  });
});
