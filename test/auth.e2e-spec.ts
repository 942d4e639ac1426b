import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, registerUser, uniqueEmail } from './support/test-app';
import { decodeClaims, forgeToken } from './support/tokens';

const PROBLEM = /^application\/problem\+json/;

describe('auth: register, login, me', () => {
  let app: NestFastifyApplication;
  let http: ReturnType<NestFastifyApplication['getHttpServer']>;
  beforeAll(async () => {
    app = await createTestApp();
    http = app.getHttpServer();
  });
  afterAll(() => app.close());

  describe('POST /api/auth/register', () => {
    it('creates the account and answers 201 with the user and a bearer token pair', async () => {
      const email = uniqueEmail('Reg');
      const res = await request(http)
        .post('/api/auth/register')
        .send({ email: `  ${email.toUpperCase()} `, password: 'a fine password', name: 'Ada' })
        .expect(201);
      expect(res.body).toEqual({
        user: { id: expect.any(String), email: email.toLowerCase(), name: 'Ada', createdAt: expect.any(String) },
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
      });
      expect(new Date(res.body.user.createdAt).toISOString()).toBe(res.body.user.createdAt);
      expect(res.body.refreshToken).not.toBe(res.body.accessToken);
      expect(Buffer.from(res.body.refreshToken, 'base64url').length).toBeGreaterThanOrEqual(32);
    });

    it('stores a bcrypt hash, never the password', async () => {
      const user = await registerUser(app, { password: 'stored only as a hash' });
      const [row] = await app.get(DataSource).query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$2[aby]\$1\d\$/);
      expect(row.password_hash).not.toContain('stored only');
    });

    it('issues an HS256 access token with sub, sid, iat, exp, iss and aud', async () => {
      const user = await registerUser(app);
      const header = JSON.parse(Buffer.from(user.accessToken.split('.')[0], 'base64url').toString());
      const claims = decodeClaims(user.accessToken);
      expect(header.alg).toBe('HS256');
      expect(claims).toEqual({
        sub: user.id,
        sid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        iat: expect.any(Number),
        exp: (claims.iat as number) + 900,
        iss: 'todo-api',
        aud: 'todo-api',
      });
    });

    it('answers 409 for an email already registered, whatever its case and spacing', async () => {
      const user = await registerUser(app);
      const res = await request(http)
        .post('/api/auth/register')
        .send({ email: ` ${user.email.toUpperCase()}`, password: 'another password' })
        .expect(409);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toEqual({
        type: 'urn:todo-api:problem:conflict',
        title: 'Conflict',
        status: 409,
        detail: 'This email is already registered.',
      });
    });

    it.each([
      { label: '7 bytes', password: 'x'.repeat(7), status: 422 },
      { label: '8 bytes', password: 'x'.repeat(8), status: 201 },
      { label: '72 bytes', password: 'x'.repeat(72), status: 201 },
      { label: '73 bytes', password: 'x'.repeat(73), status: 422 },
      { label: '24 three-byte characters (72 bytes)', password: '€'.repeat(24), status: 201 },
      { label: '25 three-byte characters (75 bytes)', password: '€'.repeat(25), status: 422 },
    ])('checks the password length in UTF-8 bytes: $label → $status', async ({ password, status }) => {
      const res = await request(http).post('/api/auth/register').send({ email: uniqueEmail(), password });
      expect(res.status).toBe(status);
      if (status === 422) expect(res.body.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
    });

    it.each([
      ['no email', { password: 'long enough pw' }, 'email'],
      ['a malformed email', { email: 'not-an-email', password: 'long enough pw' }, 'email'],
      ['an email over 254 characters', { email: `${'a'.repeat(250)}@x.io`, password: 'long enough pw' }, 'email'],
      ['a non-string password', { email: 'a@b.io', password: 12345678 }, 'password'],
      ['an empty name', { email: 'a@b.io', password: 'long enough pw', name: '   ' }, 'name'],
      ['a name over 100 characters', { email: 'a@b.io', password: 'long enough pw', name: 'n'.repeat(101) }, 'name'],
      ['an unknown field', { email: 'a@b.io', password: 'long enough pw', role: 'admin' }, 'role'],
      ['an id', { email: 'a@b.io', password: 'long enough pw', id: randomUUID() }, 'id'],
    ])('answers 422 naming the field for %s', async (_label, body, field) => {
      const res = await request(http).post('/api/auth/register').send(body).expect(422);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.type).toBe('urn:todo-api:problem:validation');
      expect(res.body.errors).toContainEqual({ field, message: expect.any(String) });
    });

    it('accepts a name of exactly 100 characters', async () => {
      const res = await request(http)
        .post('/api/auth/register')
        .send({ email: uniqueEmail(), password: 'long enough pw', name: 'n'.repeat(100) })
        .expect(201);
      expect(res.body.user.name).toBe('n'.repeat(100));
    });
  });

  describe('POST /api/auth/login', () => {
    it('answers 200 with the same shape as register', async () => {
      const user = await registerUser(app);
      const res = await request(http)
        .post('/api/auth/login')
        .send({ email: user.email.toUpperCase(), password: user.password })
        .expect(200);
      expect(res.body).toEqual({
        user: { id: user.id, email: user.email, name: null, createdAt: expect.any(String) },
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
      });
      await request(http).get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    });

    it('gives a wrong password and an unknown email the same 401', async () => {
      const user = await registerUser(app);
      const wrong = await request(http)
        .post('/api/auth/login')
        .send({ email: user.email, password: 'not the password' });
      const unknown = await request(http)
        .post('/api/auth/login')
        .send({ email: uniqueEmail('nobody'), password: 'not the password' });
      for (const res of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(res.headers['content-type']).toMatch(PROBLEM);
      }
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.detail).toBe('Invalid email or password.');
    });

    it('answers 422 for a login without a password', async () => {
      const res = await request(http).post('/api/auth/login').send({ email: 'a@b.io' }).expect(422);
      expect(res.body.errors).toContainEqual({ field: 'password', message: expect.any(String) });
    });
  });

  describe('GET /api/auth/me', () => {
    it('returns the caller', async () => {
      const user = await registerUser(app);
      const res = await request(http).get('/api/auth/me').set(user.auth).expect(200);
      expect(res.body).toEqual({ id: user.id, email: user.email, name: null, createdAt: expect.any(String) });
    });

    describe('refuses with 401 + WWW-Authenticate: Bearer', () => {
      let user: Awaited<ReturnType<typeof registerUser>>;
      let claims: Record<string, unknown>;
      beforeAll(async () => {
        user = await registerUser(app);
        claims = decodeClaims(user.accessToken);
      });
      const now = () => Math.floor(Date.now() / 1000);

      const cases: [string, () => Record<string, string>][] = [
        ['no Authorization header', () => ({})],
        ['a non-bearer scheme', () => ({ Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
        ['a malformed token', () => ({ Authorization: 'Bearer not.a.jwt' })],
        ['an empty bearer', () => ({ Authorization: 'Bearer ' })],
        [
          'an expired token',
          () => ({ Authorization: `Bearer ${forgeToken({ ...claims, iat: now() - 1000, exp: now() - 10 })}` }),
        ],
        [
          'a token signed with another key',
          () => ({ Authorization: `Bearer ${forgeToken(claims, { secret: 'x'.repeat(48) })}` }),
        ],
        ['a tampered signature', () => ({ Authorization: `Bearer ${forgeToken(claims, { signature: 'AAAA' })}` })],
        ['alg none', () => ({ Authorization: `Bearer ${forgeToken(claims, { alg: 'none' })}` })],
        ['HS512 with the right key', () => ({ Authorization: `Bearer ${forgeToken(claims, { alg: 'HS512' })}` })],
        ['a wrong issuer', () => ({ Authorization: `Bearer ${forgeToken({ ...claims, iss: 'someone-else' })}` })],
        ['a wrong audience', () => ({ Authorization: `Bearer ${forgeToken({ ...claims, aud: 'another-api' })}` })],
        ['no exp', () => ({ Authorization: `Bearer ${forgeToken({ ...claims, exp: undefined })}` })],
        ['a non-UUID sub', () => ({ Authorization: `Bearer ${forgeToken({ ...claims, sub: 'admin' })}` })],
        ['an unknown user', () => ({ Authorization: `Bearer ${forgeToken({ ...claims, sub: randomUUID() })}` })],
        ['an unknown session', () => ({ Authorization: `Bearer ${forgeToken({ ...claims, sid: randomUUID() })}` })],
      ];
      it.each(cases)('%s', async (_label, headers) => {
        const res = await request(http).get('/api/auth/me').set(headers()).expect(401);
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body).toEqual({
          type: 'urn:todo-api:problem:unauthorized',
          title: 'Unauthorized',
          status: 401,
          detail: 'A valid bearer access token is required.',
        });
      });

      it('a token in the query string (ignored)', async () => {
        await request(http).get(`/api/auth/me?access_token=${user.accessToken}`).expect(401);
      });

      it('a valid token whose user has been deleted', async () => {
        const doomed = await registerUser(app);
        await request(http).get('/api/auth/me').set(doomed.auth).expect(200);
        await app.get(DataSource).query('DELETE FROM users WHERE id = $1', [doomed.id]);
        await request(http).get('/api/auth/me').set(doomed.auth).expect(401);
      });
    });
  });
});
