import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, registerUser, uniqueEmail } from './support/test-app';
import { expectProblem } from './support/http';
import { decodeClaims, decodeHeader } from './support/jwt';

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

    it('answers 201 with Location naming the new account, /api/auth/me, which the new token reads', async () => {
      const res = await request(http)
        .post('/api/auth/register')
        .send({ email: uniqueEmail(), password: 'a fine password' })
        .expect(201);
      expect(res.headers.location).toBe('/api/auth/me');
      const me = await request(http)
        .get(res.headers.location)
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      expect(me.body).toEqual(res.body.user);
    });

    it('stores a bcrypt hash, never the password', async () => {
      const user = await registerUser(app, { password: 'stored only as a hash' });
      const [row] = await app.get(DataSource).query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$2[aby]\$1\d\$/);
      expect(row.password_hash).not.toContain('stored only');
    });

    it('issues an HS256 access token with sub, sid, iat, exp, iss and aud', async () => {
      const user = await registerUser(app);
      const claims = decodeClaims(user.accessToken);
      expect(decodeHeader(user.accessToken)).toEqual({ alg: 'HS256', typ: 'JWT' });
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
      expectProblem(res, 409, 'conflict');
      expect(res.headers.location).toBeUndefined();
      expect(res.body).toEqual({
        type: 'urn:todo-api:problem:conflict',
        title: 'Conflict',
        status: 409,
        detail: 'This email is already registered.',
      });
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
      expectProblem(await request(http).post('/api/auth/register').send(body), 422, 'validation', [field]);
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
        expectProblem(res, 401, 'unauthorized');
        expect(res.headers['www-authenticate']).toBe('Bearer');
      }
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.detail).toBe('Invalid email or password.');
    });

    it('answers 422 for a login without a password', async () => {
      expectProblem(await request(http).post('/api/auth/login').send({ email: 'a@b.io' }), 422, 'validation', [
        'password',
      ]);
    });
  });

  describe('GET /api/auth/me', () => {
    it('returns the caller', async () => {
      const user = await registerUser(app);
      const res = await request(http).get('/api/auth/me').set(user.auth).expect(200);
      expect(res.body).toEqual({ id: user.id, email: user.email, name: null, createdAt: expect.any(String) });
    });

    // Forged, expired and misplaced tokens: security-tokens.e2e-spec.ts, and on every route the route matrix.
    describe('refuses with 401 + WWW-Authenticate: Bearer', () => {
      it('a valid token whose user has been deleted', async () => {
        const doomed = await registerUser(app);
        await request(http).get('/api/auth/me').set(doomed.auth).expect(200);
        await app.get(DataSource).query('DELETE FROM users WHERE id = $1', [doomed.id]);
        await request(http).get('/api/auth/me').set(doomed.auth).expect(401);
      });
    });
  });
});
