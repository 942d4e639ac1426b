import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import { createTestApp, registerUser, uniqueEmail } from './support/test-app';
import { connectDb } from './support/db';
import { expectProblem, send } from './support/http';

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

  // Eight cost-12 hashes on a busy two-core machine can take several seconds: a longer timeout.
  it('keeps serving other requests during a burst of sign-ins', async () => {
    const burstApp = await createTestApp({ BCRYPT_COST: '12', BCRYPT_CONCURRENCY: '2' });
    try {
      const user = await registerUser(burstApp);
      const started = Date.now();
      let loginsDone = 0;
      const logins = Array.from({ length: 8 }, () =>
        send(burstApp, 'POST', '/api/auth/login', { body: { email: user.email, password: 'wrong password' } }).then(
          (res) => {
            loginsDone++;
            return res;
          },
        ),
      );
      const latencies: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = Date.now();
        const res = await send(burstApp, 'GET', '/api/tasks', { token: user.accessToken });
        expect(res.status).toBe(200);
        latencies.push(Date.now() - t);
      }
      const tasksDoneWhilePending = loginsDone;
      expect((await Promise.all(logins)).every((r) => r.status === 401)).toBe(true);
      const burst = Date.now() - started;
      // Eight cost-12 hashes, two at a time, take most of a second or more; every task request
      // answered well within it, before the burst was over.
      expect(tasksDoneWhilePending).toBeLessThan(8);
      expect(Math.max(...latencies)).toBeLessThan(burst / 3);
    } finally {
      await burstApp.close();
    }
  }, 30_000);
});
