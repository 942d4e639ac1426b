import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import request from 'supertest';
import { freezeClock } from './support/clock';
import { connectDb } from './support/db';
import { expectProblem, send, type Reply } from './support/http';
import { decodeClaims } from './support/jwt';
import { createTestApp, registerUser, type TestUser } from './support/test-app';

const GRACE_SECONDS = 30;

describe('refresh tokens sent again within the grace period', () => {
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
  afterEach(() => jest.restoreAllMocks());

  const me = (token: string) => send(app, 'GET', '/api/auth/me', { token });
  const refresh = (refreshToken: string) => send(app, 'POST', '/api/auth/refresh', { body: { refreshToken } });
  const tokensOf = (res: Reply) => ({
    accessToken: res.body.accessToken as string,
    refreshToken: res.body.refreshToken as string,
  });
  /** Moves the API's clock `seconds` on: no test waits for the window to pass. */
  const advanceClock = (seconds: number) => freezeClock(app).advance(seconds * 1000);
  const sessionsOf = async (userId: string) =>
    (
      await db.query<{ id: string; revoked_at: Date | null }>(
        'SELECT id, revoked_at FROM sessions WHERE user_id = $1',
        [userId],
      )
    ).rows;
  const securityEvents = (spy: jest.SpyInstance, name: string) =>
    spy.mock.calls.map(([event]) => event as { event?: string }).filter((event) => event.event === name);

  async function expectOneLiveSession(user: TestUser): Promise<void> {
    const rows = await sessionsOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].revoked_at).toBeNull();
    expect(rows[0].id).toBe(decodeClaims(user.accessToken).sid);
  }

  async function expectSessionEndedAsTheft(user: TestUser, warn: jest.SpyInstance, live: string[]): Promise<void> {
    const [row] = await sessionsOf(user.id);
    expect(row.revoked_at).not.toBeNull();
    for (const accessToken of live) expect((await me(accessToken)).status).toBe(401);
    expect(securityEvents(warn, 'refresh_reused')).toEqual([
      { event: 'refresh_reused', userId: user.id, sessionId: row.id },
    ]);
  }

  it.each([2, 5, 20])(
    'gives each of %i concurrent refreshes with one token a working pair, in one live session',
    async (count) => {
      const warn = jest.spyOn(Logger.prototype, 'warn');
      const user = await registerUser(app);
      const answers = await Promise.all(Array.from({ length: count }, () => refresh(user.refreshToken)));
      expect(answers.map((res) => res.status)).toEqual(Array(count).fill(200));
      // One successor for all of them: whichever answer a tab stores last, it holds the current token.
      expect(new Set(answers.map((res) => res.body.refreshToken)).size).toBe(1);

      for (const answer of answers) {
        const { accessToken, refreshToken } = tokensOf(answer);
        expect(decodeClaims(accessToken).sid).toBe(decodeClaims(user.accessToken).sid);
        expect((await me(accessToken)).status).toBe(200);
        const again = await refresh(refreshToken);
        expect(again.status).toBe(200);
        expect((await me(again.body.accessToken as string)).status).toBe(200);
      }
      expect((await me(user.accessToken)).status).toBe(200);
      await expectOneLiveSession(user);
      expect(securityEvents(warn, 'refresh_reused')).toEqual([]);
    },
  );

  it('answers a retry after a lost answer with the same refresh token, and logs it as a retry', async () => {
    const log = jest.spyOn(Logger.prototype, 'log');
    const user = await registerUser(app);
    const lost = await refresh(user.refreshToken);
    expect(lost.status).toBe(200);
    const retry = await refresh(user.refreshToken);
    expect(retry.status).toBe(200);
    expect(retry.body.refreshToken).toBe(lost.body.refreshToken);
    expect((await me(retry.body.accessToken as string)).status).toBe(200);
    const next = await refresh(retry.body.refreshToken as string);
    expect(next.status).toBe(200);
    expect((await me(next.body.accessToken as string)).status).toBe(200);
    await expectOneLiveSession(user);
    expect(securityEvents(log, 'refresh_retried')).toEqual([
      { event: 'refresh_retried', userId: user.id, sessionId: decodeClaims(user.accessToken).sid },
    ]);
  });

  it('still answers just before the grace period ends', async () => {
    const user = await registerUser(app);
    const first = await refresh(user.refreshToken);
    advanceClock(GRACE_SECONDS - 1);
    const again = await refresh(user.refreshToken);
    expect(again.status).toBe(200);
    expect(again.body.refreshToken).toBe(first.body.refreshToken);
    await expectOneLiveSession(user);
  });

  it('treats a spent token sent again after the grace period as theft: the session ends', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const user = await registerUser(app);
    const first = await refresh(user.refreshToken);
    expect(first.status).toBe(200);
    advanceClock(GRACE_SECONDS + 1);
    expectProblem(await refresh(user.refreshToken), 401, 'unauthorized');
    expect((await refresh(first.body.refreshToken as string)).status).toBe(401);
    await expectSessionEndedAsTheft(user, warn, [user.accessToken, first.body.accessToken as string]);
  });

  it('treats a token two rotations old as theft at once, within the grace period', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const user = await registerUser(app);
    const first = tokensOf(await refresh(user.refreshToken));
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expectProblem(await refresh(user.refreshToken), 401, 'unauthorized');
    expect((await refresh(second.body.refreshToken as string)).status).toBe(401);
    await expectSessionEndedAsTheft(user, warn, [second.body.accessToken as string]);
  });

  it('lets a racing tab use the replacement it was given again, but not a token before it', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const user = await registerUser(app);
    // Tab A refreshes, tab B races it with the same token and gets the same replacement.
    const tabA = tokensOf(await refresh(user.refreshToken));
    const tabB = tokensOf(await refresh(user.refreshToken));
    expect(tabB.refreshToken).toBe(tabA.refreshToken);
    // Tab A refreshes again; tab B's copy of the same token is now a spent one within the window.
    const tabA2 = await refresh(tabA.refreshToken);
    expect(tabA2.status).toBe(200);
    const tabB2 = await refresh(tabB.refreshToken);
    expect(tabB2.status).toBe(200);
    expect(tabB2.body.refreshToken).toBe(tabA2.body.refreshToken);
    expect(securityEvents(warn, 'refresh_reused')).toEqual([]);
    // The first token's replacement has been used since: sending it now is theft.
    expect((await refresh(user.refreshToken)).status).toBe(401);
    await expectSessionEndedAsTheft(user, warn, [tabA2.body.accessToken as string, tabB2.body.accessToken as string]);
  });

  it('keeps no usable refresh token in the database, and drops the sealed copy once the replacement is used', async () => {
    const user = await registerUser(app);
    const first = tokensOf(await refresh(user.refreshToken));
    const sessionId = decodeClaims(user.accessToken).sid;
    const rows = async () =>
      (
        await db.query<{ successor_sealed: Buffer | null }>(
          'SELECT successor_sealed FROM rotated_refresh_tokens WHERE session_id = $1 ORDER BY rotated_at',
          [sessionId],
        )
      ).rows;
    const dump = async () =>
      JSON.stringify([
        (await db.query('SELECT * FROM sessions WHERE id = $1', [sessionId])).rows,
        (await db.query('SELECT * FROM rotated_refresh_tokens WHERE session_id = $1', [sessionId])).rows,
      ]);
    const [sealed] = await rows();
    expect(sealed.successor_sealed).not.toBeNull();
    expect(sealed.successor_sealed!.includes(Buffer.from(first.refreshToken, 'base64url'))).toBe(false);
    for (const token of [user.refreshToken, first.refreshToken]) expect(await dump()).not.toContain(token);

    const second = tokensOf(await refresh(first.refreshToken));
    const [spent, current] = await rows();
    expect(spent.successor_sealed).toBeNull();
    expect(current.successor_sealed).not.toBeNull();
    expect(await dump()).not.toContain(second.refreshToken);
  });
});

describe('refresh tokens with the grace period turned off', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp({ JWT_REFRESH_REUSE_GRACE: '0' });
  });
  afterAll(() => app.close());

  it('treats any spent token sent again as theft, at once', async () => {
    const user = await registerUser(app);
    const refresh = (refreshToken: string) => send(app, 'POST', '/api/auth/refresh', { body: { refreshToken } });
    const first = await refresh(user.refreshToken);
    expect(first.status).toBe(200);
    expect((await refresh(user.refreshToken)).status).toBe(401);
    expect((await send(app, 'GET', '/api/auth/me', { token: first.body.accessToken as string })).status).toBe(401);
  });

  it('says so in the OpenAPI description of the refresh route', async () => {
    const doc = (await request(app.getHttpServer()).get('/api/docs-json')).body as {
      paths: Record<string, { post: { description: string } }>;
    };
    const { description } = doc.paths['/api/auth/refresh'].post;
    expect(description).toContain('JWT_REFRESH_REUSE_GRACE');
    expect(description).toContain('On this server the grace period is off');
  });
});

describe('the OpenAPI description of the refresh route', () => {
  it('states the grace period the server runs with', async () => {
    const app = await createTestApp({ JWT_REFRESH_REUSE_GRACE: '45s' });
    try {
      const doc = (await request(app.getHttpServer()).get('/api/docs-json')).body as {
        paths: Record<string, { post: { description: string } }>;
      };
      expect(doc.paths['/api/auth/refresh'].post.description).toContain(
        'On this server the grace period is 45 seconds.',
      );
    } finally {
      await app.close();
    }
  });
});
