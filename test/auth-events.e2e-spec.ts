import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash, randomUUID } from 'node:crypto';
import { freezeClock } from './support/clock';
import { send, type Reply } from './support/http';
import { decodeClaims } from './support/jwt';
import { LogCapture } from './support/log-capture';
import { createTestApp, registerUser, uniqueEmail, type TestUser } from './support/test-app';

const digest = (email: string) => createHash('sha256').update(email, 'utf8').digest('base64url');
const sessionOf = (accessToken: string) => decodeClaims(accessToken).sid as string;

describe('auth events in the logs', () => {
  let app: NestFastifyApplication;
  const logs = new LogCapture();
  // Every secret the tests handle; none may reach a log line.
  const secrets: string[] = [];
  beforeAll(async () => {
    app = await createTestApp(
      { LOG_LEVEL: 'info', RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: '2/1m', RATE_LIMIT_LOGIN_ACCOUNT: '4/1m' },
      { logs },
    );
  });
  afterAll(() => app.close());

  async function newUser(): Promise<TestUser> {
    const user = await registerUser(app);
    secrets.push(user.password, user.accessToken, user.refreshToken);
    return user;
  }

  async function login(user: TestUser, password = user.password, from?: string): Promise<Reply> {
    if (password !== user.password) secrets.push(password);
    const res = await send(app, 'POST', '/api/auth/login', { body: { email: user.email, password }, from });
    if (res.status === 200) secrets.push(res.body.accessToken as string, res.body.refreshToken as string);
    return res;
  }

  /** The security events written while answering `res`. */
  const eventsOf = (res: Reply) =>
    logs.lines.filter((line) => line.event !== undefined && line.reqId === res.headers['x-request-id']);

  function expectNoSecretsLogged(...emails: string[]): void {
    const text = logs.text();
    for (const secret of [...secrets, ...emails]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\$2[aby]\$/);
    expect(text).not.toMatch(/eyJ[\w-]*\.eyJ/);
  }

  it('logs a failed sign-in with the user id and a digest of the email, never the email or password', async () => {
    const user = await newUser();
    const res = await login(user, 'wrong-password-1');
    expect(res.status).toBe(401);
    expect(eventsOf(res)).toEqual([
      expect.objectContaining({
        level: 'warn',
        context: 'Security',
        event: 'login_failed',
        userId: user.id,
        emailDigest: digest(user.email),
        client: '127.0.0.1',
      }),
    ]);
    expectNoSecretsLogged(user.email);
  });

  it('logs a failed sign-in for an unknown email without a user id', async () => {
    const email = uniqueEmail('nobody');
    const res = await send(app, 'POST', '/api/auth/login', { body: { email, password: 'any-password-2' } });
    expect(res.status).toBe(401);
    expect(eventsOf(res)).toEqual([
      expect.objectContaining({ event: 'login_failed', userId: null, emailDigest: digest(email) }),
    ]);
    secrets.push('any-password-2');
    expectNoSecretsLogged(email);
  });

  it('logs a successful sign-in with no security event', async () => {
    const user = await newUser();
    const res = await login(user);
    expect(res.status).toBe(200);
    expect(eventsOf(res)).toEqual([]);
  });

  it('logs once when one client passes the limit for an account, not on every refusal after it', async () => {
    const user = await newUser();
    const from = '10.30.0.1';
    expect((await login(user, 'guess-a1', from)).status).toBe(401);
    expect((await login(user, 'guess-a2', from)).status).toBe(401);
    const limited = await login(user, 'guess-a3', from);
    expect(limited.status).toBe(429);
    expect(eventsOf(limited)).toEqual([
      expect.objectContaining({
        level: 'warn',
        event: 'login_limited',
        scope: 'account_client',
        emailDigest: digest(user.email),
        client: from,
      }),
    ]);
    const again = await login(user, 'guess-a4', from);
    expect(again.status).toBe(429);
    expect(eventsOf(again)).toEqual([]);
    expectNoSecretsLogged(user.email);
  });

  it('logs once when guesses from many clients pass the limit for an account', async () => {
    const user = await newUser();
    for (const from of ['10.31.0.1', '10.31.0.1', '10.31.0.2', '10.31.0.2']) {
      expect((await login(user, `guess-${randomUUID()}`, from)).status).toBe(401);
    }
    const limited = await login(user, 'guess-b5', '10.31.0.3');
    expect(limited.status).toBe(429);
    expect(eventsOf(limited)).toEqual([
      expect.objectContaining({ event: 'login_limited', scope: 'account', emailDigest: digest(user.email) }),
    ]);
    expectNoSecretsLogged(user.email);
  });

  it('logs a replayed refresh token with the session it ended', async () => {
    const user = await newUser();
    const rotated = await send(app, 'POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(rotated.status).toBe(200);
    secrets.push(rotated.body.accessToken as string, rotated.body.refreshToken as string);
    expect(eventsOf(rotated)).toEqual([]);

    // Past the grace period in which the same token would be answered as a retry.
    const clock = freezeClock(app);
    clock.advance(31_000);
    try {
      const replay = await send(app, 'POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
      expect(replay.status).toBe(401);
      expect(eventsOf(replay)).toEqual([
        expect.objectContaining({
          level: 'warn',
          event: 'refresh_reused',
          userId: user.id,
          sessionId: sessionOf(user.accessToken),
        }),
      ]);
    } finally {
      clock.restore();
    }
    expectNoSecretsLogged(user.email);
  });

  it('logs a refresh token sent again within the grace period as a retry, not as theft', async () => {
    const user = await newUser();
    const first = await send(app, 'POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    const retry = await send(app, 'POST', '/api/auth/refresh', { body: { refreshToken: user.refreshToken } });
    expect(retry.status).toBe(200);
    secrets.push(first.body.refreshToken as string, first.body.accessToken as string);
    secrets.push(retry.body.accessToken as string);
    expect(eventsOf(retry)).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'refresh_retried',
        userId: user.id,
        sessionId: sessionOf(user.accessToken),
      }),
    ]);
    expectNoSecretsLogged(user.email);
  });

  it('logs a wrong current password and a password change with the sessions it ended', async () => {
    const user = await newUser();
    expect((await login(user)).status).toBe(200);
    const change = (currentPassword: string, newPassword: string) =>
      send(app, 'POST', '/api/auth/change-password', {
        token: user.accessToken,
        body: { currentPassword, newPassword },
      });
    const newPassword = `pw-${randomUUID()}`;
    secrets.push(newPassword, 'not-the-password-3');

    const refused = await change('not-the-password-3', newPassword);
    expect(refused.status).toBe(401);
    expect(eventsOf(refused)).toEqual([
      expect.objectContaining({
        level: 'warn',
        event: 'password_check_failed',
        userId: user.id,
        sessionId: sessionOf(user.accessToken),
        action: 'change_password',
      }),
    ]);

    const changed = await change(user.password, newPassword);
    expect(changed.status).toBe(204);
    expect(eventsOf(changed)).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'password_changed',
        userId: user.id,
        sessionId: sessionOf(user.accessToken),
        endedSessions: 1,
      }),
    ]);
    expectNoSecretsLogged(user.email);
  });

  it('logs a logout with its session', async () => {
    const user = await newUser();
    const res = await send(app, 'POST', '/api/auth/logout', { token: user.accessToken });
    expect(res.status).toBe(204);
    expect(eventsOf(res)).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'logged_out',
        userId: user.id,
        sessionId: sessionOf(user.accessToken),
      }),
    ]);
    expectNoSecretsLogged(user.email);
  });

  it('logs a session ended from another one with both ids, and nothing for a session that is not there', async () => {
    const user = await newUser();
    const other = await login(user);
    const otherSession = sessionOf(other.body.accessToken as string);
    const res = await send(app, 'DELETE', `/api/auth/sessions/${otherSession}`, { token: user.accessToken });
    expect(res.status).toBe(204);
    expect(eventsOf(res)).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'session_revoked',
        userId: user.id,
        sessionId: otherSession,
        by: sessionOf(user.accessToken),
      }),
    ]);
    const again = await send(app, 'DELETE', `/api/auth/sessions/${otherSession}`, { token: user.accessToken });
    expect(again.status).toBe(404);
    expect(eventsOf(again)).toEqual([]);
    expectNoSecretsLogged(user.email);
  });

  it('logs a wrong password on account deletion, and the deletion', async () => {
    const user = await newUser();
    const remove = (password: string) =>
      send(app, 'DELETE', '/api/auth/me', { token: user.accessToken, body: { password } });
    secrets.push('not-the-password-4');

    const refused = await remove('not-the-password-4');
    expect(refused.status).toBe(401);
    expect(eventsOf(refused)).toEqual([
      expect.objectContaining({ event: 'password_check_failed', userId: user.id, action: 'delete_account' }),
    ]);

    const deleted = await remove(user.password);
    expect(deleted.status).toBe(204);
    expect(eventsOf(deleted)).toEqual([
      expect.objectContaining({
        level: 'info',
        event: 'account_deleted',
        userId: user.id,
        sessionId: sessionOf(user.accessToken),
      }),
    ]);
    expectNoSecretsLogged(user.email);
  });
});
