import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { startBetterAuth, type BetterAuthServer, type BetterAuthUser } from './support/better-auth';
import { connectDb } from './support/db';
import { expectProblem, send } from './support/http';
import { decodeClaims } from './support/jwt';
import { createTestApp, registerUser } from './support/test-app';

/** The API with a real Better Auth server as its external sign-in, over loopback HTTP. */
describe('external sign-in (Better Auth)', () => {
  let betterAuth: BetterAuthServer;
  let app: NestFastifyApplication;
  let db: Client;
  const settings = (server: BetterAuthServer) => ({
    AUTH_JWKS_URL: server.jwksUrl,
    AUTH_ISSUER: server.url,
    AUTH_AUDIENCE: server.url,
  });

  beforeAll(async () => {
    betterAuth = await startBetterAuth();
    app = await createTestApp(settings(betterAuth));
    db = await connectDb();
  });
  afterAll(async () => {
    await app.close();
    await betterAuth.stop();
    await db.end();
  });

  const externalUsers = async (subject: string) =>
    (
      await db.query<{ id: string; email: string | null; password_hash: string | null }>(
        'SELECT id, email, password_hash FROM users WHERE external_issuer = $1 AND external_subject = $2',
        [betterAuth.url, subject],
      )
    ).rows;

  it('takes the token Better Auth issues (EdDSA, its kid): lists and creates tasks as that user', async () => {
    const ada = await betterAuth.signUp();
    expect(decodeClaims(ada.token)).toMatchObject({ sub: ada.id, iss: betterAuth.url, aud: betterAuth.url });

    expect(await send(app, 'GET', '/api/tasks', { token: ada.token })).toMatchObject({
      status: 200,
      body: { items: [], nextCursor: null },
    });
    const created = await send(app, 'POST', '/api/tasks', { token: ada.token, body: { title: 'from the SPA' } });
    expect(created.status).toBe(201);
    const list = await send(app, 'GET', '/api/tasks', { token: ada.token });
    expect((list.body.items as { id: string }[]).map((task) => task.id)).toEqual([created.body.id]);

    const me = await send(app, 'GET', '/api/auth/me', { token: ada.token });
    expect(me.body).toMatchObject({ email: ada.email, name: ada.name });
    const rows = await externalUsers(ada.id);
    expect(rows).toEqual([{ id: me.body.id, email: ada.email, password_hash: null }]);
  });

  it('maps one subject to one user, across tokens and concurrent first requests', async () => {
    const bob = await betterAuth.signUp();
    const tokens = [bob.token, ...(await Promise.all([1, 2, 3, 4].map(() => betterAuth.token(bob))))];
    const answers = await Promise.all(tokens.map((token) => send(app, 'GET', '/api/auth/me', { token })));
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((res) => res.body.id)).size).toBe(1);
    expect(await externalUsers(bob.id)).toHaveLength(1);
  });

  it("keeps each Better Auth user to their own tasks: another's task is a 404 everywhere", async () => {
    const [owner, stranger] = [await betterAuth.signUp(), await betterAuth.signUp()];
    const task = await send(app, 'POST', '/api/tasks', { token: owner.token, body: { title: 'mine alone' } });
    const path = `/api/tasks/${task.body.id as string}`;
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { title: 'taken' }],
      ['PUT', { title: 'taken' }],
      ['DELETE', undefined],
    ] as const) {
      expectProblem(await send(app, method, path, { token: stranger.token, body }), 404, 'not-found');
    }
    expect((await send(app, 'GET', '/api/tasks', { token: stranger.token })).body.items).toEqual([]);
    expect((await send(app, 'GET', path, { token: owner.token })).body).toMatchObject({ title: 'mine alone' });
  });

  it('never links by email: a Better Auth user with a registered email gets a user of their own, without it', async () => {
    const local = await registerUser(app);
    const localTask = await send(app, 'POST', '/api/tasks', { token: local.accessToken, body: { title: 'local' } });
    const lookalike = await betterAuth.signUp(local.email);

    const me = await send(app, 'GET', '/api/auth/me', { token: lookalike.token });
    expect(me.status).toBe(200);
    expect(me.body.id).not.toBe(local.id);
    expect(me.body.email).toBeNull();
    expect((await send(app, 'GET', '/api/tasks', { token: lookalike.token })).body.items).toEqual([]);
    expectProblem(
      await send(app, 'GET', `/api/tasks/${localTask.body.id as string}`, { token: lookalike.token }),
      404,
      'not-found',
    );
    // The password account is untouched and still signs in.
    const login = await send(app, 'POST', '/api/auth/login', {
      body: { email: local.email, password: local.password },
    });
    expect(login.body).toMatchObject({ user: { id: local.id } });
  });

  it('refuses a token from another Better Auth instance, even one claiming the same iss and aud', async () => {
    const elsewhere = await startBetterAuth();
    const lookalike = await startBetterAuth({ url: betterAuth.url });
    try {
      for (const server of [elsewhere, lookalike]) {
        const user = await server.signUp();
        expectProblem(await send(app, 'GET', '/api/tasks', { token: user.token }), 401, 'unauthorized');
      }
    } finally {
      await elsewhere.stop();
      await lookalike.stop();
    }
  });

  it('refuses an expired token signed by the real server', async () => {
    const carol = await betterAuth.signUp();
    const now = Math.floor(Date.now() / 1000);
    const expired = await betterAuth.sign({ sub: carol.id, iat: now - 1000, exp: now - 120 });
    expectProblem(await send(app, 'GET', '/api/tasks', { token: expired }), 401, 'unauthorized');
    expect((await send(app, 'GET', '/api/tasks', { token: await betterAuth.token(carol) })).status).toBe(200);
  });

  it('answers the session and password routes as documented for a token without a session here', async () => {
    const dan = await betterAuth.signUp();
    const token = dan.token;
    expect(await send(app, 'GET', '/api/auth/sessions', { token })).toMatchObject({ status: 200, body: {} });
    expect((await send(app, 'GET', '/api/auth/sessions', { token })).body).toEqual([]);
    expectProblem(await send(app, 'DELETE', `/api/auth/sessions/${randomUUID()}`, { token }), 404, 'not-found');

    const logout = await send(app, 'POST', '/api/auth/logout', { token });
    expect(logout.status).toBe(409);
    expect(logout.body).toMatchObject({ type: 'urn:todo-api:problem:not-revocable', status: 409 });
    const change = await send(app, 'POST', '/api/auth/change-password', {
      token,
      body: { currentPassword: 'anything at all', newPassword: 'a brand new passphrase' },
    });
    expect(change.status).toBe(409);
    expect(change.body).toMatchObject({ type: 'urn:todo-api:problem:no-password', status: 409 });
    expect(change.headers['content-type']).toMatch(/^application\/problem\+json/);
    // Logout did not end anything, and the token still works until it expires.
    expect((await send(app, 'GET', '/api/tasks', { token })).status).toBe(200);
  });

  it('refuses to create a personal access token for a token without a session here', async () => {
    const fay = await betterAuth.signUp();
    const me = await send(app, 'GET', '/api/auth/me', { token: fay.token });
    const created = await send(app, 'POST', '/api/auth/tokens', {
      token: fay.token,
      body: { name: 'CLI', scopes: ['tasks:read'] },
    });
    expect(created.status).toBe(409);
    expect(created.body).toMatchObject({ type: 'urn:todo-api:problem:no-personal-tokens', status: 409 });
    expect(created.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await db.query('SELECT 1 FROM personal_access_tokens WHERE user_id = $1', [me.body.id])).rowCount).toBe(0);
    expect(await send(app, 'GET', '/api/auth/tokens', { token: fay.token })).toMatchObject({ status: 200, body: [] });
  });

  it('deletes an external account without a password, with its tasks; a later token starts afresh', async () => {
    const erin = await betterAuth.signUp();
    const first = await send(app, 'GET', '/api/auth/me', { token: erin.token });
    await send(app, 'POST', '/api/tasks', { token: erin.token, body: { title: 'goes with the account' } });

    const deleted = await send(app, 'DELETE', '/api/auth/me', {
      token: erin.token,
      headers: { 'content-type': 'application/json', 'content-length': '0' },
    });
    expect(deleted.status).toBe(204);
    expect((await db.query('SELECT 1 FROM tasks WHERE owner_id = $1', [first.body.id])).rowCount).toBe(0);

    const again = await send(app, 'GET', '/api/auth/me', { token: erin.token });
    expect(again.status).toBe(200);
    expect(again.body.id).not.toBe(first.body.id);
    expect((await send(app, 'GET', '/api/tasks', { token: erin.token })).body.items).toEqual([]);
  });

  it('still asks a password account for its password before deleting it', async () => {
    const local = await registerUser(app);
    expectProblem(
      await send(app, 'DELETE', '/api/auth/me', { token: local.accessToken, body: {} }),
      422,
      'validation',
      ['password'],
    );
    expect((await send(app, 'GET', '/api/auth/me', { token: local.accessToken })).status).toBe(200);
  });

  it('keeps our own tokens working as before, and does not let one pose as external', async () => {
    const local = await registerUser(app);
    expect((await send(app, 'GET', '/api/auth/me', { token: local.accessToken })).body.id).toBe(local.id);
    const [header, , signature] = local.accessToken.split('.');
    const claims = { ...decodeClaims(local.accessToken), iss: betterAuth.url, aud: betterAuth.url };
    const reissued = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expectProblem(await send(app, 'GET', '/api/auth/me', { token: reissued }), 401, 'unauthorized');
  });

  it('counts external callers against the rate limits like any other', async () => {
    const limited = await createTestApp({ ...settings(betterAuth), RATE_LIMIT_API: '3/1m' });
    try {
      const user: BetterAuthUser = await betterAuth.signUp();
      const from = '203.0.113.77';
      const statuses = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await send(limited, 'GET', '/api/tasks', { token: user.token, from })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it('documents the accepted bearer formats and the 409s of the routes that differ', async () => {
    const doc = (await send(app, 'GET', '/api/docs-json')).body as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>
      >;
      components: { securitySchemes: Record<string, { description?: string }> };
    };
    const bearer = Object.values(doc.components.securitySchemes).map((scheme) => scheme.description ?? '');
    expect(bearer.join(' ')).toMatch(/JWKS \(EdDSA, ES256, RS256 or PS256, `kid` required\)/);
    const example = (path: string, method: string) =>
      doc.paths[path][method].responses['409']?.content?.['application/problem+json']?.example;
    expect(example('/api/auth/logout', 'post')).toMatchObject({ type: 'urn:todo-api:problem:not-revocable' });
    expect(example('/api/auth/change-password', 'post')).toMatchObject({ type: 'urn:todo-api:problem:no-password' });
  });

  it('in shared-secret mode takes HS256 tokens of that secret (the weaker option)', async () => {
    const secret = randomBytes(32).toString('base64');
    const shared = await createTestApp({ AUTH_SHARED_SECRET: secret, AUTH_ISSUER: 'spa-auth', AUTH_AUDIENCE: 'todo' });
    try {
      const sign = (key: string) =>
        new SignJWT({ email: 'shared@example.com' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(`shared-${randomUUID()}`)
          .setIssuer('spa-auth')
          .setAudience('todo')
          .setExpirationTime('5m')
          .sign(Buffer.from(key, 'utf8'));
      const me = await send(shared, 'GET', '/api/auth/me', { token: await sign(secret) });
      expect(me.status).toBe(200);
      expectProblem(
        await send(shared, 'GET', '/api/auth/me', { token: await sign(randomBytes(32).toString('base64')) }),
        401,
        'unauthorized',
      );
    } finally {
      await shared.close();
    }
  });
});
