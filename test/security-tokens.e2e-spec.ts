import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import { createTestApp, registerUser, type TestUser } from './support/test-app';
import { expectProblem, send } from './support/http';
import { decodeClaims, forgeToken } from './support/jwt';

/** Every way an access token can be forged, bent or misplaced: each must be a plain 401. */
describe('access token checks', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  let other: TestUser;
  let sid: string;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => {
    const base: Record<string, unknown> = {
      sub: user.id,
      sid,
      iat: now(),
      exp: now() + 900,
      iss: 'todo-api',
      aud: 'todo-api',
      ...overrides,
    };
    for (const key of Object.keys(base)) if (base[key] === undefined) delete base[key];
    return base;
  };
  const me = (token: string) => send(app, 'GET', '/api/auth/me', { token });

  beforeAll(async () => {
    app = await createTestApp();
    user = await registerUser(app);
    other = await registerUser(app);
    sid = decodeClaims(user.accessToken).sid as string;
  });
  afterAll(() => app.close());

  it('accepts a token forged with the right key and claims (so every refusal below is the tampering)', async () => {
    const res = await me(forgeToken(claims()));
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(user.id);
  });

  const forged: [string, () => string][] = [
    ['alg none', () => forgeToken(claims(), { alg: 'none' })],
    ['alg none, upper case', () => forgeToken(claims(), { alg: 'NONE' })],
    ['a wrong key', () => forgeToken(claims(), { secret: randomBytes(48).toString('base64') })],
    ['HS512 with the right key', () => forgeToken(claims(), { alg: 'HS512' })],
    ['RS256 named over an HMAC signature', () => forgeToken(claims(), { header: { alg: 'RS256' } })],
    ['an expired token', () => forgeToken(claims({ iat: now() - 1000, exp: now() - 10 }))],
    ['nbf in the future', () => forgeToken(claims({ nbf: now() + 600 }))],
    ['no exp', () => forgeToken(claims({ exp: undefined }))],
    ['exp that is not a number', () => forgeToken(claims({ exp: String(now() + 900) }))],
    ['no iat', () => forgeToken(claims({ iat: undefined }))],
    ['no sub', () => forgeToken(claims({ sub: undefined }))],
    ['a sub that is not a UUID', () => forgeToken(claims({ sub: 'admin' }))],
    ['a numeric sub', () => forgeToken(claims({ sub: 1 }))],
    ["another user's sub on this session", () => forgeToken(claims({ sub: other.id }))],
    ['no sid', () => forgeToken(claims({ sid: undefined }))],
    ['a sid that is not a UUID', () => forgeToken(claims({ sid: "' OR 1=1 --" }))],
    ['an unknown session', () => forgeToken(claims({ sid: randomUUID() }))],
    ['a wrong issuer', () => forgeToken(claims({ iss: 'someone-else' }))],
    ['no issuer', () => forgeToken(claims({ iss: undefined }))],
    ['a wrong audience', () => forgeToken(claims({ aud: 'another-api' }))],
    ['no audience', () => forgeToken(claims({ aud: undefined }))],
    [
      'a payload changed after signing',
      () => {
        const [header, , signature] = forgeToken(claims()).split('.');
        return `${header}.${Buffer.from(JSON.stringify(claims({ sub: other.id }))).toString('base64url')}.${signature}`;
      },
    ],
    ['a tampered signature', () => forgeToken(claims(), { signature: 'AAAA' })],
    ['an unknown user on this session', () => forgeToken(claims({ sub: randomUUID() }))],
    ['garbage', () => 'not.a.jwt'],
    ['an empty bearer', () => ''],
  ];

  it.each(forged)('refuses %s with the same bare 401', async (_name, make) => {
    const res = await me(make());
    expectProblem(res, 401, 'unauthorized');
    expect(res.headers['www-authenticate']).toBe('Bearer');
    // The same body as no token at all: nothing tells a prober which check failed.
    expect(res.body).toEqual((await send(app, 'GET', '/api/auth/me')).body);
    expect(res.body.detail).toBe('A valid bearer access token is required.');
  });

  it('ignores a valid token anywhere but the Authorization header', async () => {
    const token = user.accessToken;
    const placements: { url: string; headers?: Record<string, string> }[] = [
      { url: `/api/auth/me?access_token=${token}` },
      { url: `/api/auth/me?token=${token}` },
      { url: `/api/auth/me?authorization=Bearer%20${token}` },
      { url: '/api/auth/me', headers: { cookie: `access_token=${token}; Authorization=Bearer ${token}` } },
      { url: '/api/auth/me', headers: { 'x-access-token': token } },
      { url: '/api/auth/me', headers: { authorization: `Token ${token}` } },
      { url: '/api/auth/me', headers: { authorization: token } },
      { url: '/api/auth/me', headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } },
    ];
    const bare = (await send(app, 'GET', '/api/auth/me')).body;
    for (const placement of placements) {
      const res = await send(app, 'GET', placement.url, { headers: placement.headers });
      expectProblem(res, 401, 'unauthorized');
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.body).toEqual(bare);
    }
    expect((await me(token)).status).toBe(200);
  });

  it('refuses a token whose user was deleted, even with a session id of a live user', async () => {
    const gone = await registerUser(app);
    expect((await me(gone.accessToken)).status).toBe(200);
    const deleted = await send(app, 'DELETE', '/api/auth/me', {
      token: gone.accessToken,
      body: { password: gone.password },
    });
    expect(deleted.status).toBe(204);
    expect((await me(gone.accessToken)).status).toBe(401);
    expect((await me(forgeToken(claims({ sub: gone.id })))).status).toBe(401);
  });
});
