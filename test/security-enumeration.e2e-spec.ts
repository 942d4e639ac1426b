import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp, registerUser, uniqueEmail, type TestUser } from './support/test-app';
import { send, type Reply } from './support/http';
import { sorted } from './support/sort';

const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];

describe('no account enumeration at sign-in', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  beforeAll(async () => {
    app = await createTestApp();
    user = await registerUser(app);
  });
  afterAll(() => app.close());

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

  it('takes about the same time for both, because an unknown email is checked against a real hash', async () => {
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 8; i++) {
      let t = performance.now();
      await login(user.email, `wrong password ${i}`);
      wrong.push(performance.now() - t);
      t = performance.now();
      await login(uniqueEmail('nobody'), `wrong password ${i}`);
      unknown.push(performance.now() - t);
    }
    // A bcrypt comparison at cost 10 takes tens of milliseconds; skipping it would take one or two.
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });
});
