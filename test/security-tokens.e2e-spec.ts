import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import { createTestApp, registerUser, type TestUser } from './support/test-app';
import { decodeJwt, send, signJwt } from './support/security';

/** Every way an access token can be forged, bent or misplaced: each must be a plain 401. */
describe('access token checks', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  let other: TestUser;
  let sid: string;
  const HS256 = { alg: 'HS256', typ: 'JWT' };
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
    sid = decodeJwt(user.accessToken).sid as string;
  });
  afterAll(() => app.close());

  it('accepts a token forged with the right key and claims (so every refusal below is the tampering)', async () => {
    const res = await me(signJwt(HS256, claims()));
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(user.id);
  });

  const unsigned = (header: Record<string, unknown>, payload: Record<string, unknown>) =>
    `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;

  const forged: [string, () => string][] = [
    ['alg none', () => unsigned({ alg: 'none', typ: 'JWT' }, claims())],
    ['alg none, upper case', () => unsigned({ alg: 'NONE', typ: 'JWT' }, claims())],
    ['a wrong key', () => signJwt(HS256, claims(), randomBytes(48).toString('base64'))],
    ['HS512 with the right key', () => signJwt({ alg: 'HS512', typ: 'JWT' }, claims(), undefined, 'sha512')],
    ['RS256 named over an HMAC signature', () => signJwt({ alg: 'RS256', typ: 'JWT' }, claims())],
    ['an expired token', () => signJwt(HS256, claims({ iat: now() - 1000, exp: now() - 10 }))],
    ['nbf in the future', () => signJwt(HS256, claims({ nbf: now() + 600 }))],
    ['no exp', () => signJwt(HS256, claims({ exp: undefined }))],
    ['exp that is not a number', () => signJwt(HS256, claims({ exp: String(now() + 900) }))],
    ['no iat', () => signJwt(HS256, claims({ iat: undefined }))],
    ['no sub', () => signJwt(HS256, claims({ sub: undefined }))],
    ['a sub that is not a UUID', () => signJwt(HS256, claims({ sub: 'admin' }))],
    ['a numeric sub', () => signJwt(HS256, claims({ sub: 1 }))],
    ["another user's sub on this session", () => signJwt(HS256, claims({ sub: other.id }))],
    ['no sid', () => signJwt(HS256, claims({ sid: undefined }))],
    ['a sid that is not a UUID', () => signJwt(HS256, claims({ sid: "' OR 1=1 --" }))],
    ['an unknown session', () => signJwt(HS256, claims({ sid: randomUUID() }))],
    ['a wrong issuer', () => signJwt(HS256, claims({ iss: 'someone-else' }))],
    ['no issuer', () => signJwt(HS256, claims({ iss: undefined }))],
    ['a wrong audience', () => signJwt(HS256, claims({ aud: 'another-api' }))],
    ['no audience', () => signJwt(HS256, claims({ aud: undefined }))],
    [
      'a payload changed after signing',
      () => {
        const [header, , signature] = signJwt(HS256, claims()).split('.');
        return `${header}.${Buffer.from(JSON.stringify(claims({ sub: other.id }))).toString('base64url')}.${signature}`;
      },
    ],
    ['garbage', () => 'not.a.jwt'],
    ['an empty string', () => ''],
  ];

  it.each(forged)('refuses %s with the same bare 401', async (_name, make) => {
    const res = await me(make());
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.headers['content-type']).toContain('application/problem+json');
    // The same body as no token at all: nothing tells a prober which check failed.
    expect(res.body).toEqual((await send(app, 'GET', '/api/auth/me')).body);
    expect(res.body).toMatchObject({ type: 'urn:todo-api:problem:unauthorized', status: 401 });
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
    ];
    for (const placement of placements) {
      const res = await send(app, 'GET', placement.url, { headers: placement.headers });
      expect(res.status).toBe(401);
    }
    expect((await me(token)).status).toBe(200);
  });

  it('refuses a token whose user was deleted, even with a session id of a live user', async () => {
    const gone = await registerUser(app);
    await send(app, 'DELETE', '/api/auth/me', { token: gone.accessToken, body: { password: gone.password } });
    expect((await me(gone.accessToken)).status).toBe(401);
    expect((await me(signJwt(HS256, claims({ sub: gone.id })))).status).toBe(401);
  });
});
