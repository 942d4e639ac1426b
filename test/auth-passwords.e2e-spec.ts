import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as bcrypt from 'bcrypt';
import type { Client } from 'pg';
import { connectDb } from './support/db';
import { expectProblem, send } from './support/http';
import { createTestApp, registerUser, uniqueEmail } from './support/test-app';
import { until } from './support/wait';

const realBcrypt = jest.requireActual<typeof import('bcrypt')>('bcrypt');
// The real bcrypt, with comparisons a test can hold back to see what runs meanwhile.
jest.mock('bcrypt', () => {
  const actual = jest.requireActual<typeof import('bcrypt')>('bcrypt');
  return { ...actual, compare: jest.fn((data: string, hash: string) => actual.compare(data, hash)) };
});

describe('password rules', () => {
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

  const register = (password: string, email = uniqueEmail()) =>
    send(app, 'POST', '/api/auth/register', { body: { email, password } });
  const login = (email: string, password: string) =>
    send(app, 'POST', '/api/auth/login', { body: { email, password } });

  it('counts UTF-8 bytes: 8 to 72 are accepted', async () => {
    for (const password of ['k7#Qz!p2', 'ü'.repeat(36), '€'.repeat(24), '😀'.repeat(18), 'Zq9'.repeat(24)]) {
      expect(Buffer.byteLength(password)).toBeGreaterThanOrEqual(8);
      expect(Buffer.byteLength(password)).toBeLessThanOrEqual(72);
      expect((await register(password)).status).toBe(201);
    }
  });

  it('refuses fewer than 8 or more than 72 bytes, even when the characters are fewer', async () => {
    for (const password of [
      'k7#Qz!p',
      'ü'.repeat(36) + 'a',
      '€'.repeat(25),
      '😀'.repeat(18) + 'x',
      'Zq9'.repeat(24) + 'Z',
    ]) {
      const res = await register(password);
      expectProblem(res, 422, 'validation', ['password']);
      expect(res.body.errors).toEqual([{ field: 'password', message: 'password must be 8 to 72 bytes long in UTF-8' }]);
    }
  });

  it('never lets bcrypt cut a password: 72 bytes plus anything does not sign in', async () => {
    const email = uniqueEmail();
    const password = 'ü'.repeat(36);
    expect((await register(password, email)).status).toBe(201);
    expect((await login(email, password)).status).toBe(200);
    expect((await login(email, password + 'anything')).status).toBe(401);
  });

  it('refuses the most common passwords, whatever their case', async () => {
    for (const password of ['password1', 'Password1', 'PASSWORD123', 'iloveyou1', 'qwertyuiop', 'Baseball1']) {
      const res = await register(password);
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        {
          field: 'password',
          message: 'password is one of the most common passwords; choose one that is harder to guess',
        },
      ]);
    }
  });

  it('hashes with bcrypt at the configured cost', async () => {
    const user = await registerUser(app);
    const stored = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
      user.id,
    ]);
    expect(stored.rows[0].password_hash).toMatch(/^\$2b\$10\$/);

    const costly = await createTestApp({ BCRYPT_COST: '11' });
    try {
      const other = await registerUser(costly);
      const row = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
        other.id,
      ]);
      expect(row.rows[0].password_hash).toMatch(/^\$2b\$11\$/);
      expect(row.rows[0].password_hash).not.toContain(other.password);
    } finally {
      await costly.close();
    }
  });

  it('keeps serving other requests while sign-ins wait for bcrypt, and runs at most BCRYPT_CONCURRENCY at once', async () => {
    const burstApp = await createTestApp({ BCRYPT_CONCURRENCY: '2' });
    const compare = jest.mocked(bcrypt.compare) as unknown as jest.Mock<Promise<boolean>, [string, string]>;
    // Comparisons start but do not finish until the test says so: the burst lasts as long as it must.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    compare.mockImplementation(async (data, hash) => {
      started++;
      await held;
      return realBcrypt.compare(data, hash);
    });
    try {
      const user = await registerUser(burstApp);
      let loginsDone = 0;
      const logins = Array.from({ length: 8 }, () =>
        send(burstApp, 'POST', '/api/auth/login', { body: { email: user.email, password: 'wrong password' } }).then(
          (res) => {
            loginsDone++;
            return res;
          },
        ),
      );
      await until(() => started === 2, { what: 'two comparisons started' });
      for (let i = 0; i < 5; i++) {
        const res = await send(burstApp, 'GET', '/api/tasks', { token: user.accessToken });
        expect(res.status).toBe(200);
      }
      // Every task request answered while all eight sign-ins waited, six of them for a slot.
      expect({ started, loginsDone }).toEqual({ started: 2, loginsDone: 0 });

      release();
      expect((await Promise.all(logins)).map((res) => res.status)).toEqual(Array(8).fill(401));
      expect(started).toBe(8);
    } finally {
      release();
      compare.mockImplementation((data, hash) => realBcrypt.compare(data, hash));
      await burstApp.close();
    }
  });
});
