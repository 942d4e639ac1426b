import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Client } from 'pg';
import { EventNotifications } from '../src/database/event-notifications';
import { StreamSlots } from '../src/events/stream-slots';
import { connectDb } from './support/db';
import { expectProblem, send } from './support/http';
import { createPersonalToken } from './support/personal-tokens';
import { listen, SseClient } from './support/sse';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { sleep, until } from './support/wait';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('live events (GET /api/events)', () => {
  // Two instances on one database: a write on one reaches the streams of the other.
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  let urlA: string;
  let urlB: string;
  let db: Client;
  const open: SseClient[] = [];
  beforeAll(async () => {
    a = await createTestApp({ EVENTS_HEARTBEAT: '200ms' });
    b = await createTestApp();
    urlA = await listen(a);
    urlB = await listen(b);
    db = await connectDb();
  });
  afterEach(() => {
    for (const client of open.splice(0)) client.close();
  });
  afterAll(async () => {
    await db.end();
    await a.close();
    await b.close();
  });

  const stream = async (path: string, headers: Record<string, string> = {}) => {
    const client = await SseClient.open(urlA, path, headers);
    open.push(client);
    return client;
  };
  const streamOf = (user: TestUser, headers: Record<string, string> = {}, path = '/api/events') =>
    stream(path, { ...bearer(user.accessToken), ...headers });

  it('sends retry first, then a write made on the other instance as the changes feed shows it', async () => {
    const user = await registerUser(a);
    const events = await streamOf(user);
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(events.headers['cache-control']).toBe('no-store');
    await until(() => events.retry === 3000, { what: 'the retry field' });

    const task = await createTask(b, user, { title: 'made on B' });
    const [changed] = await events.waitForEvents(1);
    expect(changed.event).toBe('task.changed');
    expect(changed.data).toEqual({ op: 'upsert', task: expect.objectContaining({ id: task.id, title: 'made on B' }) });
    // The event id is a changes-feed cursor: following the feed from it finds nothing newer.
    const feed = await send(b, 'GET', `/api/tasks/changes?since=${changed.id}`, { token: user.accessToken });
    expect(feed.status).toBe(200);
    expect(feed.body.changes).toEqual([]);

    await send(b, 'PATCH', `/api/tasks/${task.id}/complete`, { token: user.accessToken });
    const [, completed] = await events.waitForEvents(2);
    expect(completed.data).toEqual({ op: 'upsert', task: expect.objectContaining({ id: task.id, completed: true }) });
    expect(completed.id).not.toBe(changed.id);
  });

  it('sends comment lines while idle', async () => {
    const user = await registerUser(a);
    const events = await streamOf(user);
    await until(() => events.comments >= 2, { what: 'two comment lines' });
    expect(events.events).toEqual([]);
  });

  it('resumes from Last-Event-ID with exactly what was missed, then live events, none twice', async () => {
    const user = await registerUser(a);
    const first = await streamOf(user);
    const kept = await createTask(b, user);
    const [seen] = await first.waitForEvents(1);
    first.close();

    // Missed while away: a new task, and two changes to the kept one (folded into its latest).
    const added = await createTask(b, user);
    await send(b, 'PATCH', `/api/tasks/${kept.id}`, { token: user.accessToken, body: { title: 'renamed' } });
    await send(b, 'PATCH', `/api/tasks/${kept.id}`, { token: user.accessToken, body: { priority: 'high' } });

    const resumed = await streamOf(user, { 'last-event-id': seen.id! });
    await resumed.waitForEvents(2);
    const live = await createTask(b, user);
    const events = await resumed.waitForEvents(3);
    await sleep(300);
    expect(resumed.events).toHaveLength(3);
    expect(events.map((event) => (event.data as { task: { id: string } }).task.id)).toEqual([
      added.id,
      kept.id,
      live.id,
    ]);
    expect((events[1].data as { task: { title: string; priority: string } }).task).toMatchObject({
      title: 'renamed',
      priority: 'high',
    });

    // ?since= does the same for a client that cannot set the header.
    const again = await streamOf(user, {}, `/api/events?since=${events[1].id}`);
    const [only] = await again.waitForEvents(1);
    expect(only.id).toBe(events[2].id);
  });

  it('delivers any other event of the log, its data as written', async () => {
    const user = await registerUser(a);
    const events = await streamOf(user);
    await until(() => events.retry !== undefined);
    const data = { taskId: '0d1f5d4e-5d5e-4f3e-9b1a-2f9f0e4c9a11', title: 'Call', late: false };
    await db.query(
      `WITH head AS (UPDATE event_logs SET last_position = last_position + 1 WHERE user_id = $1 RETURNING last_position)
       INSERT INTO events (user_id, position, type, task_id, data) SELECT $1, last_position, 'reminder.due', $2, $3 FROM head`,
      [user.id, data.taskId, data],
    );
    const [reminder] = await events.waitForEvents(1);
    expect(reminder).toEqual({ id: expect.any(String), event: 'reminder.due', data });
  });

  it('ends with session.ended when the session is logged out (on the other instance)', async () => {
    const user = await registerUser(a);
    const events = await streamOf(user);
    const other = await registerUser(a);
    const bystander = await streamOf(other);
    await until(() => events.retry !== undefined && bystander.retry !== undefined);
    expect((await send(b, 'POST', '/api/auth/logout', { token: user.accessToken })).status).toBe(204);
    await events.waitForEnd();
    expect(events.events.map((event) => event.event)).toEqual(['session.ended']);
    expect(bystander.ended).toBe(false);
  });

  it('ends with sync.expired when the resume position is older than the log keeps', async () => {
    const user = await registerUser(a);
    const first = await streamOf(user);
    await createTask(a, user);
    const [seen] = await first.waitForEvents(1);
    await createTask(a, user);
    await db.query('UPDATE event_logs SET pruned_through = last_position WHERE user_id = $1', [user.id]);
    const resumed = await streamOf(user, { 'last-event-id': seen.id! });
    await resumed.waitForEnd();
    expect(resumed.events).toEqual([
      {
        id: undefined,
        event: 'sync.expired',
        data: expect.objectContaining({ type: 'urn:todo-api:problem:sync-expired' }),
      },
    ]);
  });

  it('refuses an 11th open stream with a 429 and Retry-After, and takes one again once one ends', async () => {
    const user = await registerUser(a);
    const streams = [];
    for (let i = 0; i < 10; i++) streams.push(await streamOf(user));
    expect(streams.map((s) => s.status)).toEqual(Array(10).fill(200));
    const eleventh = await streamOf(user);
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers['retry-after']).toBe('30');
    expect(eleventh.problem).toMatchObject({ type: 'urn:todo-api:problem:too-many-requests', status: 429 });
    // Another user is not counted with them.
    expect((await streamOf(await registerUser(a))).status).toBe(200);
    streams[0].close();
    await until(async () => {
      const next = await streamOf(user);
      return next.status === 200;
    });
  });

  it('counts the open streams of a user across instances, and frees the slots of a closed one', async () => {
    const user = await registerUser(a);
    const onB = async () => {
      const client = await SseClient.open(urlB, '/api/events', bearer(user.accessToken));
      open.push(client);
      return client;
    };
    const streams = [];
    for (let i = 0; i < 6; i++) streams.push(await streamOf(user));
    for (let i = 0; i < 4; i++) streams.push(await onB());
    expect(streams.map((s) => s.status)).toEqual(Array(10).fill(200));
    expect((await onB()).status).toBe(429);
    expect((await streamOf(user)).status).toBe(429);
    streams[0].close();
    await until(async () => (await onB()).status === 200, { what: 'the slot freed on A taken on B' });
  });

  it('answers 406 without Accept: text/event-stream, and 422 for a cursor that is not the caller’s', async () => {
    const user = await registerUser(a);
    const other = await registerUser(a);
    const plain = await send(a, 'GET', '/api/events', { token: user.accessToken });
    expect(plain.status).toBe(406);
    expect(plain.body).toMatchObject({ type: 'urn:todo-api:problem:not-acceptable', status: 406 });

    const theirs = await streamOf(other);
    await createTask(a, other);
    const [event] = await theirs.waitForEvents(1);
    const res = await send(a, 'GET', '/api/events', {
      token: user.accessToken,
      headers: { accept: 'text/event-stream', 'last-event-id': event.id! },
    });
    expectProblem(res, 422, 'validation', ['Last-Event-ID']);
  });

  describe('tickets', () => {
    const ticketFor = async (user: TestUser) => {
      const res = await send(b, 'POST', '/api/events/ticket', { token: user.accessToken });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ ticket: expect.stringMatching(/^evt_[\w-]{43}$/), expiresIn: 30 });
      expect(res.headers.location).toBe(`/api/events?ticket=${res.body.ticket as string}`);
      return res.body.ticket as string;
    };

    it('open one stream of the user who asked, once; only a hash is kept', async () => {
      const user = await registerUser(a);
      const other = await registerUser(a);
      const ticket = await ticketFor(user);
      const { rows } = await db.query('SELECT token_hash FROM event_tickets WHERE user_id = $1', [user.id]);
      expect(rows).toHaveLength(1);
      expect((rows[0] as { token_hash: Buffer }).token_hash.toString('utf8')).not.toContain(ticket.slice(4));

      const events = await stream(`/api/events?ticket=${ticket}`);
      expect(events.status).toBe(200);
      await createTask(b, other);
      const task = await createTask(b, user);
      const [changed] = await events.waitForEvents(1);
      expect((changed.data as { task: { id: string } }).task.id).toBe(task.id);

      const again = await stream(`/api/events?ticket=${ticket}`);
      expect(again.status).toBe(401);
      expect(again.headers['www-authenticate']).toBe('Bearer');
    });

    it('expire after 30 seconds, and die with their session', async () => {
      const user = await registerUser(a);
      const expired = await ticketFor(user);
      await db.query(`UPDATE event_tickets SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expect((await stream(`/api/events?ticket=${expired}`)).status).toBe(401);

      const orphan = await ticketFor(user);
      await send(a, 'POST', '/api/auth/logout', { token: user.accessToken });
      expect((await stream(`/api/events?ticket=${orphan}`)).status).toBe(401);
    });

    it('leave the stream to the bearer token when both are sent, and are not spent by it', async () => {
      const user = await registerUser(a);
      const other = await registerUser(a);
      const ticket = await ticketFor(other);
      const events = await streamOf(user, {}, `/api/events?ticket=${ticket}`);
      await createTask(b, other);
      const task = await createTask(b, user);
      const [changed] = await events.waitForEvents(1);
      expect((changed.data as { task: { id: string } }).task.id).toBe(task.id);
      expect((await stream(`/api/events?ticket=${ticket}`)).status).toBe(200);
    });

    it('end the stream with session.ended when the session that asked is revoked', async () => {
      const user = await registerUser(a);
      const events = await stream(`/api/events?ticket=${await ticketFor(user)}`);
      await until(() => events.retry !== undefined);
      await send(b, 'POST', '/api/auth/logout', { token: user.accessToken });
      await events.waitForEnd();
      expect(events.ofType('session.ended')).toHaveLength(1);
    });

    it('are refused to a personal access token', async () => {
      const user = await registerUser(a);
      const token = await createPersonalToken(a, user, ['tasks:read', 'tasks:write']);
      const res = await send(a, 'POST', '/api/events/ticket', { token: token.token });
      expectProblem(res, 403, 'insufficient-scope');
    });
  });

  it('never takes an access token from the URL', async () => {
    const user = await registerUser(a);
    for (const query of [
      `ticket=${user.accessToken}`,
      `access_token=${user.accessToken}`,
      `token=${user.accessToken}`,
    ]) {
      const res = await stream(`/api/events?${query}`);
      expect(res.status).toBe(401);
      expect(res.problem).toMatchObject({ type: 'urn:todo-api:problem:unauthorized' });
    }
  });

  it('streams to a personal access token with tasks:read, until the token is deleted', async () => {
    const user = await registerUser(a);
    const token = await createPersonalToken(a, user, ['tasks:read']);
    const events = await stream('/api/events', bearer(token.token));
    expect(events.status).toBe(200);
    const task = await createTask(b, user);
    const [changed] = await events.waitForEvents(1);
    expect((changed.data as { task: { id: string } }).task.id).toBe(task.id);
    await send(b, 'DELETE', `/api/auth/tokens/${token.id}`, { token: user.accessToken });
    await events.waitForEnd();
    expect(events.ofType('session.ended')).toHaveLength(1);
  });

  describe('while a stream is being set up (after the credential check, before it can hear of an end)', () => {
    /** Holds instance A's next stream set-up at its slot lookup until `resume()`; `started` tells when it got there. */
    const holdNextSetUp = () => {
      const slots = a.get(StreamSlots);
      const take = slots.take.bind(slots);
      let arrived!: () => void;
      let resume!: () => void;
      const started = new Promise<void>((resolve) => (arrived = resolve));
      const resumed = new Promise<void>((resolve) => (resume = resolve));
      const spy = jest.spyOn(slots, 'take').mockImplementationOnce(async (userId) => {
        arrived();
        await resumed;
        spy.mockRestore();
        return take(userId);
      });
      return { started, resume };
    };
    /** Resolves once instance A has been told that this session or token ended. */
    const endHeardOnA = (id: string) =>
      new Promise<void>((resolve) => {
        const stop = a.get(EventNotifications).onSessionEnded((ended) => {
          if (ended !== id) return;
          stop();
          resolve();
        });
      });
    const sessionOf = (user: TestUser) =>
      (JSON.parse(Buffer.from(user.accessToken.split('.')[1], 'base64url').toString()) as { sid: string }).sid;

    it('gives back the slot of a client that leaves before its stream is set up', async () => {
      const user = await registerUser(a);
      const hold = holdNextSetUp();
      let serverClosed!: () => void;
      const closedOnServer = new Promise<void>((resolve) => (serverClosed = resolve));
      const onRequest = (req: IncomingMessage, res: ServerResponse) => {
        if (req.url === '/api/events') res.once('close', () => serverClosed());
      };
      const server = a.getHttpServer() as Server;
      server.on('request', onRequest);
      try {
        const req = httpRequest(new URL('/api/events', urlA), {
          headers: { accept: 'text/event-stream', ...bearer(user.accessToken) },
        });
        req.on('error', () => undefined);
        req.end();
        await hold.started;
        req.destroy();
        await closedOnServer;
      } finally {
        server.off('request', onRequest);
      }
      hold.resume();
      // Every one of the user's slots is free again: ten streams open.
      const streams: SseClient[] = [];
      await until(
        async () => {
          const next = await streamOf(user);
          if (next.status === 200) streams.push(next);
          return streams.length === 10;
        },
        { what: 'ten open streams', timeoutMs: 10_000 },
      );
    });

    it('ends the stream of a session logged out meanwhile, with session.ended', async () => {
      const user = await registerUser(a);
      const heard = endHeardOnA(sessionOf(user));
      const hold = holdNextSetUp();
      const opening = streamOf(user);
      await hold.started;
      expect((await send(b, 'POST', '/api/auth/logout', { token: user.accessToken })).status).toBe(204);
      await heard; // A heard of the end before the stream was there to be ended
      hold.resume();
      const events = await opening;
      expect(events.status).toBe(200);
      await events.waitForEnd(10_000);
      expect(events.events.map((event) => event.event)).toEqual(['session.ended']);
    });

    it('ends the stream of a personal access token deleted meanwhile, with session.ended', async () => {
      const user = await registerUser(a);
      const token = await createPersonalToken(a, user, ['tasks:read']);
      const heard = endHeardOnA(token.id);
      const hold = holdNextSetUp();
      const opening = stream('/api/events', bearer(token.token));
      await hold.started;
      expect((await send(b, 'DELETE', `/api/auth/tokens/${token.id}`, { token: user.accessToken })).status).toBe(204);
      await heard;
      hold.resume();
      const events = await opening;
      expect(events.status).toBe(200);
      await events.waitForEnd(10_000);
      expect(events.events.map((event) => event.event)).toEqual(['session.ended']);
    });
  });
});

describe('a live stream and its access token', () => {
  let app: NestFastifyApplication;
  let url: string;
  beforeAll(async () => {
    app = await createTestApp({ JWT_ACCESS_TTL: '10s' });
    url = await listen(app);
  });
  afterAll(() => app.close());

  it('ends when the token expires, without an event; the client resumes with a fresh one', async () => {
    const user = await registerUser(app);
    const events = await SseClient.open(url, '/api/events', bearer(user.accessToken));
    expect(events.status).toBe(200);
    const opened = Date.now();
    await events.waitForEnd(20_000);
    expect(Date.now() - opened).toBeLessThan(11_000);
    expect(events.events).toEqual([]);
  }, 30_000);
});

describe('live events for a user of the external issuer (no session here)', () => {
  const issuer = 'https://auth.example.com';
  const secret = randomBytes(32).toString('base64url');
  let app: NestFastifyApplication;
  let url: string;
  beforeAll(async () => {
    app = await createTestApp({ AUTH_SHARED_SECRET: secret, AUTH_ISSUER: issuer, AUTH_AUDIENCE: issuer });
    url = await listen(app);
  });
  afterAll(() => app.close());

  const externalToken = (subject: string, lifetimeSeconds: number) =>
    new SignJWT({ email: `${subject}@example.com` })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(issuer)
      .setAudience(issuer)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
      .sign(Buffer.from(secret, 'utf8'));

  it('takes its token and its tickets, and ends the stream when its token expires', async () => {
    const token = await externalToken(`ext-${randomUUID()}`, 900);
    const ticket = await send(app, 'POST', '/api/events/ticket', { token });
    expect(ticket.status).toBe(201);
    const events = await SseClient.open(url, `/api/events?ticket=${ticket.body.ticket as string}`);
    expect(events.status).toBe(200);
    const created = await send(app, 'POST', '/api/tasks', { token, body: { title: 'external' } });
    const [changed] = await events.waitForEvents(1);
    expect((changed.data as { task: { id: string } }).task.id).toBe(created.body.id);
    events.close();

    const shortLived = await SseClient.open(url, '/api/events', bearer(await externalToken(`ext-${randomUUID()}`, 3)));
    expect(shortLived.status).toBe(200);
    await shortLived.waitForEnd(15_000);
  });
});
