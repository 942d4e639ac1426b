import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as bcrypt from 'bcrypt';
import type { Client } from 'pg';
import { connectDb } from './support/db';
import { send, type Reply } from './support/http';
import { createTestApp, registerUser, uniqueEmail, type TestUser } from './support/test-app';

// The real bcrypt, with its comparisons recorded: which hash each sign-in was checked against.
jest.mock('bcrypt', () => {
  const actual = jest.requireActual<typeof import('bcrypt')>('bcrypt');
  return { ...actual, compare: jest.fn(actual.compare) };
});

describe('no account enumeration at sign-in', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  let db: Client;
  beforeAll(async () => {
    app = await createTestApp();
    db = await connectDb();
    user = await registerUser(app);
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const login = (email: string, password: string) =>
    send(app, 'POST', '/api/auth/login', { body: { email, password } });
  const visible = (res: Reply) => ({
    status: res.status,
    body: res.body,
    type: res.headers['content-type'],
    challenge: res.headers['www-authenticate'],
  });

  it('answers a wrong password and an unknown email with the same status, body and headers', async () => {
    const wrong = await login(user.email, 'not the password');
    const unknown = await login(uniqueEmail('nobody'), 'not the password');
    expect(wrong.status).toBe(401);
    expect(visible(unknown)).toEqual(visible(wrong));
    expect(wrong.body).toEqual({
      type: 'urn:todo-api:problem:unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: 'Invalid email or password.',
    });
  });

  it('checks an unknown email against a real hash of the same cost, as it checks a wrong password', async () => {
    const stored = (
      await db.query<{ hash: string }>('SELECT password_hash AS hash FROM users WHERE id = $1', [user.id])
    ).rows[0].hash;
    const compare = jest.mocked(bcrypt.compare);
    compare.mockClear();
    expect((await login(user.email, 'wrong password 1')).status).toBe(401);
    expect((await login(uniqueEmail('nobody'), 'wrong password 2')).status).toBe(401);
    expect(compare.mock.calls).toEqual([
      ['wrong password 1', stored],
      ['wrong password 2', expect.stringMatching(/^\$2b\$10\$[./A-Za-z0-9]{53}$/)],
    ]);
    const dummy = compare.mock.calls[1][1] as string;
    expect(dummy).not.toBe(stored);
    // Each comparison ran to the end (bcrypt's cost is in the work, not the call) and refused.
    expect(await Promise.all(compare.mock.results.map((result) => result.value))).toEqual([false, false]);
  });
});
