import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp, registerUser, uniqueEmail, type TestUser } from './support/test-app';
import { freezeClock } from './support/clock';
import { expectProblem, send, type Reply } from './support/http';

function expectTooMany(res: Reply, maxSeconds: number): number {
  expectProblem(res, 429, 'too-many-requests');
  expect(JSON.stringify(res.body)).not.toMatch(/throttl/i);
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  return retryAfter;
}

const login = (app: NestFastifyApplication, email: string, password: string, from: string) =>
  send(app, 'POST', '/api/auth/login', { body: { email, password }, from });

describe('rate limits per client address', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  let refresher: TestUser;
  let guesser: TestUser;
  beforeAll(async () => {
    app = await createTestApp({
      RATE_LIMIT_API: '6/1m',
      RATE_LIMIT_LOGIN: '3/1m',
      RATE_LIMIT_REGISTER: '3/1m',
      RATE_LIMIT_REFRESH: '2/1m',
      RATE_LIMIT_PASSWORD: '2/1m',
    });
    // Three sign-ups from the test's own address: exactly its registration allowance.
    [user, refresher, guesser] = [await registerUser(app), await registerUser(app), await registerUser(app)];
  });
  afterAll(() => app.close());

  it('answers a burst of sign-ins from one client with 429 and Retry-After, other clients unaffected', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await login(app, uniqueEmail(), 'wrong password', '10.1.0.1');
      expect(res.status).toBe(401);
      expect(res.headers['x-ratelimit-limit']).toBe('3');
      expect(res.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    expectTooMany(await login(app, user.email, user.password, '10.1.0.1'), 60);
    expect((await login(app, user.email, user.password, '10.1.0.2')).status).toBe(200);
  });

  it('limits registration per client, creating nothing once over', async () => {
    const register = (email: string, from: string) =>
      send(app, 'POST', '/api/auth/register', { body: { email, password: 'a fine passphrase' }, from });
    for (let i = 0; i < 3; i++) expect((await register(uniqueEmail(), '10.2.0.1')).status).toBe(201);
    const refused = uniqueEmail();
    expectTooMany(await register(refused, '10.2.0.1'), 60);
    expect((await login(app, refused, 'a fine passphrase', '10.2.0.9')).status).toBe(401);
    expect((await register(refused, '10.2.0.2')).status).toBe(201);
  });

  it('limits refreshes per client without spending the refresh token it refused', async () => {
    const owner = refresher;
    const refresh = (refreshToken: string, from: string) =>
      send(app, 'POST', '/api/auth/refresh', { body: { refreshToken }, from });
    await refresh('unknown-1', '10.3.0.1');
    await refresh('unknown-2', '10.3.0.1');
    expectTooMany(await refresh(owner.refreshToken, '10.3.0.1'), 60);
    expect((await refresh(owner.refreshToken, '10.3.0.2')).status).toBe(200);
  });

  it('limits password guesses through change-password and account deletion together', async () => {
    const owner = guesser;
    const from = '10.4.0.1';
    const change = await send(app, 'POST', '/api/auth/change-password', {
      token: owner.accessToken,
      body: { currentPassword: 'guess 1', newPassword: 'a brand new passphrase' },
      from,
    });
    expect(change.status).toBe(401);
    const remove = await send(app, 'DELETE', '/api/auth/me', {
      token: owner.accessToken,
      body: { password: 'guess 2' },
      from,
    });
    expect(remove.status).toBe(401);
    expectTooMany(
      await send(app, 'DELETE', '/api/auth/me', { token: owner.accessToken, body: { password: owner.password }, from }),
      60,
    );
    expect((await send(app, 'GET', '/api/auth/me', { token: owner.accessToken, from })).status).toBe(200);
  });

  it('limits every route per client, counting requests with bad tokens too, but never the health probes', async () => {
    const from = '10.5.0.1';
    // Health probes are not counted: all six requests with a forged token still get through to the 401.
    for (let i = 0; i < 8; i++) expect((await send(app, 'GET', '/api/health', { from })).status).toBe(200);
    for (let i = 0; i < 6; i++) {
      const res = await send(app, 'GET', '/api/tasks', { token: 'forged', from });
      expect(res.status).toBe(401);
      expect(res.headers['x-ratelimit-limit']).toBe('6');
    }
    expectTooMany(await send(app, 'GET', '/api/tasks', { token: user.accessToken, from }), 60);
    expect((await send(app, 'GET', '/api/tasks', { token: user.accessToken, from: '10.5.0.2' })).status).toBe(200);
  });
});

describe('failed sign-in limits per account', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp({ RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: '3/1m', RATE_LIMIT_LOGIN_ACCOUNT: '6/1m' });
  });
  afterAll(() => app.close());

  it('stops one client guessing at one account, but not the real user elsewhere', async () => {
    const user = await registerUser(app);
    for (let i = 0; i < 3; i++) expect((await login(app, user.email, `guess ${i}`, '10.6.0.1')).status).toBe(401);
    expectTooMany(await login(app, user.email, user.password, '10.6.0.1'), 60);
    expect((await login(app, user.email, user.password, '10.6.0.2')).status).toBe(200);
  });

  it('counts per normalised email and treats unknown accounts the same (no enumeration)', async () => {
    const email = uniqueEmail('nobody');
    const variants = [email, email.toUpperCase(), `  ${email} `];
    for (const variant of variants) expect((await login(app, variant, 'guess', '10.7.0.1')).status).toBe(401);
    expectTooMany(await login(app, email, 'guess', '10.7.0.1'), 60);
  });

  it('forgets failures after a successful sign-in', async () => {
    const user = await registerUser(app);
    const from = '10.8.0.1';
    await login(app, user.email, 'guess 1', from);
    await login(app, user.email, 'guess 2', from);
    expect((await login(app, user.email, user.password, from)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await login(app, user.email, `guess ${i}`, from)).status).toBe(401);
    expect((await login(app, user.email, user.password, from)).status).toBe(429);
  });

  it('stops guesses spread over many clients with the looser per-account limit', async () => {
    const user = await registerUser(app);
    for (let i = 0; i < 6; i++) expect((await login(app, user.email, 'guess', `10.9.0.${i + 1}`)).status).toBe(401);
    expectTooMany(await login(app, user.email, user.password, '10.9.1.1'), 60);
    expect((await login(app, uniqueEmail(), 'guess', '10.9.1.1')).status).toBe(401);
  });
});

describe('lockout length', () => {
  it('keeps the account locked until the window ends, and lets the real user back in as soon as it has', async () => {
    const app = await createTestApp({ RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: '2/1m', RATE_LIMIT_LOGIN_ACCOUNT: '2/1m' });
    try {
      const clock = freezeClock(app);
      const user = await registerUser(app);
      expect((await login(app, user.email, 'guess 1', '10.10.0.1')).status).toBe(401);
      expect((await login(app, user.email, 'guess 2', '10.10.0.1')).status).toBe(401);
      // The clock stands still, so the whole window is left, to the second.
      expect(expectTooMany(await login(app, user.email, user.password, '10.10.0.2'), 60)).toBe(60);
      clock.advance(60_000 - 1);
      expectTooMany(await login(app, user.email, user.password, '10.10.0.2'), 1);
      clock.advance(1);
      expect((await login(app, user.email, user.password, '10.10.0.2')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
