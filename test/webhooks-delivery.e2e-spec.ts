import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { WebhookResolver } from '../src/webhooks/webhook-address';
import { freezeClock } from './support/clock';
import { connectDb } from './support/db';
import { send } from './support/http';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { sleep, until } from './support/wait';
import { WebhookReceiver } from './support/webhook-receiver';

const HOUR = 3_600_000;
const FAST = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_INTERVAL: '20ms',
  WEBHOOK_TIMEOUT: '2s',
  JOBS_POLL_INTERVAL: '100ms',
};

interface Created {
  id: string;
  secret: string;
}

async function register(app: NestFastifyApplication, user: TestUser, url: string, events = ['task.changed']) {
  const res = await send(app, 'POST', '/api/webhooks', { token: user.accessToken, body: { url, events } });
  if (res.status !== 201) throw new Error(`webhook failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as unknown as Created;
}

const deliveries = async (app: NestFastifyApplication, user: TestUser, id: string) =>
  (await send(app, 'GET', `/api/webhooks/${id}/deliveries`, { token: user.accessToken })).body as unknown as {
    eventId: string;
    type: string;
    attempt: number;
    status: number | null;
    error: string | null;
    attemptedAt: string;
  }[];

const webhookOf = async (app: NestFastifyApplication, user: TestUser, id: string) =>
  (
    (await send(app, 'GET', '/api/webhooks', { token: user.accessToken })).body as unknown as Record<string, unknown>[]
  ).find((hook) => hook.id === id)!;

describe('webhook delivery', () => {
  let app: NestFastifyApplication;
  let receiver: WebhookReceiver;
  let db: Client;
  beforeAll(async () => {
    app = await createTestApp(FAST);
    db = await connectDb();
  });
  beforeEach(async () => {
    receiver = await new WebhookReceiver().start();
  });
  afterEach(() => receiver.close());
  afterAll(async () => {
    await app.close();
    await db.end();
  });

  it('POSTs each change, signed so that the Standard Webhooks library verifies it', async () => {
    const user = await registerUser(app);
    const hook = await register(app, user, receiver.url());
    const task = await createTask(app, user, { title: 'signed' });
    await until(() => receiver.received.length === 1, { what: 'the delivery' });

    const [delivery] = receiver.received;
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers['webhook-id']).toMatch(/^msg_[0-9a-f-]{36}$/);
    expect(Math.abs(Number(delivery.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    expect(delivery.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    const verified = new StandardWebhook(hook.secret).verify(delivery.body, delivery.headers) as Record<string, any>;
    expect(verified).toEqual({
      type: 'task.changed',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: { op: 'upsert', task: expect.objectContaining({ id: task.id, title: 'signed', version: 1 }) },
    });
    // Another secret, or a body changed by one byte, does not verify.
    expect(() =>
      new StandardWebhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(delivery.body, delivery.headers),
    ).toThrow();
    expect(() => new StandardWebhook(hook.secret).verify(`${delivery.body} `, delivery.headers)).toThrow();

    await until(async () => (await deliveries(app, user, hook.id)).length === 1);
    expect(await deliveries(app, user, hook.id)).toEqual([
      {
        eventId: delivery.headers['webhook-id'],
        type: 'task.changed',
        attempt: 1,
        status: 204,
        error: null,
        attemptedAt: expect.any(String),
      },
    ]);
    expect(await webhookOf(app, user, hook.id)).toMatchObject({ lastStatus: 204, lastDeliveryAt: expect.any(String) });
  });

  it('sends each change as the changes feed gives it, and only the events subscribed to', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    await register(app, user, receiver.url());
    const reminders = await new WebhookReceiver().start();
    try {
      await register(app, user, reminders.url(), ['reminder.due']);
      const synced = await send(app, 'GET', '/api/tasks/changes', { token: user.accessToken });
      expect((await send(app, 'DELETE', `/api/tasks/${task.id}`, { token: user.accessToken })).status).toBe(204);
      await until(() => receiver.received.length === 1);
      const feed = await send(app, 'GET', `/api/tasks/changes?since=${synced.body.cursor as string}`, {
        token: user.accessToken,
      });
      expect(JSON.parse(receiver.received[0].body).data).toEqual((feed.body.changes as unknown[])[0]);
      // A reminder as the reminders feature logs it: the next position of the owner's log, with its data.
      const data = {
        taskId: task.id,
        title: task.title,
        remindAt: '2026-12-01T09:00:00.000Z',
        dueAt: null,
        late: false,
      };
      await db.query('BEGIN');
      const { rows } = await db.query(
        'UPDATE event_logs SET last_position = last_position + 1 WHERE user_id = $1 RETURNING last_position',
        [user.id],
      );
      await db.query(
        `INSERT INTO events (user_id, position, type, task_id, data) VALUES ($1, $2, 'reminder.due', $3, $4)`,
        [user.id, rows[0].last_position, task.id, data],
      );
      await db.query('COMMIT');
      await until(() => reminders.received.length === 1);
      expect(JSON.parse(reminders.received[0].body)).toEqual({
        type: 'reminder.due',
        timestamp: expect.any(String),
        data,
      });
      await sleep(200);
      expect(receiver.received).toHaveLength(1);
      expect(reminders.received).toHaveLength(1);
    } finally {
      await reminders.close();
    }
  });

  it('sends a reminder when it comes due, signed like any delivery', async () => {
    const user = await registerUser(app);
    const hook = await register(app, user, receiver.url(), ['reminder.due']);
    const remindAt = new Date(Date.now() + 1500).toISOString();
    const task = await createTask(app, user, { title: 'call mum', remindAt });
    await until(() => receiver.received.length === 1, { what: 'the reminder' });
    const [delivery] = receiver.received;
    expect(new StandardWebhook(hook.secret).verify(delivery.body, delivery.headers)).toEqual({
      type: 'reminder.due',
      timestamp: expect.any(String),
      data: { taskId: task.id, title: 'call mum', remindAt, dueAt: null, late: false },
    });
  });

  it('retries a failing receiver with the same webhook-id and records every attempt', async () => {
    const clock = freezeClock(app);
    try {
      const user = await registerUser(app);
      const hook = await register(app, user, receiver.url());
      receiver.answer = (n) => ({ status: n < 2 ? 500 : 200 });
      await createTask(app, user);
      await until(() => receiver.received.length === 1);
      await until(async () => (await deliveries(app, user, hook.id)).length === 1);
      await sleep(100);
      expect(receiver.received).toHaveLength(1); // not before its time
      clock.advance(10_000); // the first retry waits 10 s
      await until(() => receiver.received.length === 2);
      await until(async () => (await deliveries(app, user, hook.id)).length === 2);
      clock.advance(20_000); // the second 20 s
      await until(() => receiver.received.length === 3);
      await until(async () => (await deliveries(app, user, hook.id)).length === 3);

      const ids = new Set(receiver.received.map((delivery) => delivery.headers['webhook-id']));
      expect(ids.size).toBe(1);
      expect(new Set(receiver.received.map((delivery) => delivery.body)).size).toBe(1);
      for (const delivery of receiver.received)
        new StandardWebhook(hook.secret).verify(delivery.body, delivery.headers);
      expect((await deliveries(app, user, hook.id)).map(({ attempt, status }) => ({ attempt, status }))).toEqual([
        { attempt: 3, status: 200 },
        { attempt: 2, status: 500 },
        { attempt: 1, status: 500 },
      ]);
      expect(await webhookOf(app, user, hook.id)).toMatchObject({
        enabled: true,
        lastStatus: 200,
        disabledReason: null,
      });
    } finally {
      clock.restore();
    }
  });

  it('disables the endpoint when deliveries fail for 24 hours, and re-enabling clears the reason', async () => {
    const clock = freezeClock(app);
    try {
      const user = await registerUser(app);
      const hook = await register(app, user, receiver.url());
      receiver.answer = () => ({ status: 503 });
      await createTask(app, user);
      await until(async () => (await deliveries(app, user, hook.id)).length === 1);
      clock.advance(24 * HOUR);
      await until(async () => (await webhookOf(app, user, hook.id)).enabled === false, { what: 'disabled' });
      expect(await webhookOf(app, user, hook.id)).toMatchObject({
        enabled: false,
        disabledReason: 'Deliveries failed for 24 hours (last: HTTP 503)',
        lastStatus: 503,
      });
      expect(receiver.received).toHaveLength(2);

      // Nothing is sent while disabled.
      await createTask(app, user);
      clock.advance(HOUR);
      await sleep(200);
      expect(receiver.received).toHaveLength(2);

      receiver.answer = () => ({ status: 200 });
      const enabled = await send(app, 'PATCH', `/api/webhooks/${hook.id}`, {
        token: user.accessToken,
        body: { enabled: true },
      });
      expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });
      const next = await createTask(app, user, { title: 'after' });
      await until(() => receiver.received.length === 3);
      expect(JSON.parse(receiver.received[2].body).data.task.id).toBe(next.id);
    } finally {
      clock.restore();
    }
  });

  it('disables an endpoint again when its deliveries have failed for 5 days, re-enabled or not', async () => {
    const clock = freezeClock(app);
    try {
      const user = await registerUser(app);
      const hook = await register(app, user, receiver.url());
      receiver.answer = () => ({ status: 410 });
      await createTask(app, user);
      await until(async () => (await deliveries(app, user, hook.id)).length === 1);
      clock.advance(24 * HOUR);
      await until(async () => (await webhookOf(app, user, hook.id)).enabled === false);
      await send(app, 'PATCH', `/api/webhooks/${hook.id}`, { token: user.accessToken, body: { enabled: true } });

      clock.advance(4 * 24 * HOUR);
      await createTask(app, user);
      await until(async () => (await webhookOf(app, user, hook.id)).enabled === false);
      expect(await webhookOf(app, user, hook.id)).toMatchObject({
        disabledReason: 'Every delivery failed for 5 days (last: HTTP 410)',
      });
      expect(receiver.received).toHaveLength(3);
    } finally {
      clock.restore();
    }
  });

  it('answers the triggering request at once while a slow receiver takes its time, and gives up after the timeout', async () => {
    const user = await registerUser(app);
    const hook = await register(app, user, receiver.url());
    receiver.answer = () => ({ status: 200, delayMs: 5000 });
    const task = await createTask(app, user);
    await until(() => receiver.received.length === 1);

    const started = Date.now();
    const res = await send(app, 'PATCH', `/api/tasks/${task.id}`, {
      token: user.accessToken,
      body: { title: 'quick' },
    });
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(1000);

    await until(async () => (await deliveries(app, user, hook.id)).length >= 1);
    expect((await deliveries(app, user, hook.id)).at(-1)).toMatchObject({
      attempt: 1,
      status: null,
      error: 'no answer within 2 s',
    });
  });

  it('connects to the address it checked, not to what the name resolves to next', async () => {
    const user = await registerUser(app);
    // receiver.test exists only in this resolver: the request reaches the receiver through the pinned address.
    const spy = jest
      .spyOn(app.get(WebhookResolver), 'resolve')
      .mockImplementation(async (name) => (name === 'receiver.test' ? [{ address: '127.0.0.1', family: 4 }] : []));
    try {
      await register(app, user, receiver.url('receiver.test'));
      await createTask(app, user);
      await until(() => receiver.received.length === 1);
      expect(receiver.received[0].headers.host).toBe(`receiver.test:${receiver.port}`);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('webhook delivery to an address that changed since registration', () => {
  let app: NestFastifyApplication;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    app = await createTestApp({ ...FAST, WEBHOOK_ALLOW_PRIVATE: 'false' });
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  it('checks the address again at every delivery, so a DNS answer turned private is refused', async () => {
    const user = await registerUser(app);
    let answer = '93.184.215.14';
    const spy = jest
      .spyOn(app.get(WebhookResolver), 'resolve')
      .mockImplementation(async () => [{ address: answer, family: 4 }]);
    try {
      const hook = await register(app, user, receiver.url('rebind.test'));
      answer = '127.0.0.1';
      await createTask(app, user);
      await until(async () => (await deliveries(app, user, hook.id)).length === 1);
      expect(await deliveries(app, user, hook.id)).toMatchObject([
        { attempt: 1, status: null, error: "url's host resolves to a loopback address (127.0.0.1), which is refused" },
      ]);
      expect(receiver.received).toHaveLength(0);

      answer = '';
      spy.mockImplementation(async () => []);
      await createTask(app, user);
      await until(async () => (await deliveries(app, user, hook.id)).length === 2);
      expect((await deliveries(app, user, hook.id))[0]).toMatchObject({
        status: null,
        error: "url's host rebind.test does not resolve",
      });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('webhook delivery from several instances', () => {
  it('sends every event once when two instances share the work, and resumes where a stopped one left off', async () => {
    const receiver = await new WebhookReceiver().start();
    const first = await createTestApp(FAST);
    const second = await createTestApp(FAST);
    try {
      const user = await registerUser(first);
      await register(first, user, receiver.url());
      const tasks = await Promise.all(
        Array.from({ length: 12 }, (_, i) => createTask(second, user, { title: `t${i}` })),
      );
      await until(() => receiver.received.length >= 12);
      await first.close();
      for (const task of tasks.slice(0, 6)) {
        await send(second, 'PATCH', `/api/tasks/${task.id}`, { token: user.accessToken, body: { title: 'again' } });
      }
      await until(() => receiver.received.length >= 18);
      await sleep(300);
      const ids = receiver.received.map((delivery) => delivery.headers['webhook-id']);
      expect(ids).toHaveLength(18);
      expect(new Set(ids).size).toBe(18);
    } finally {
      await second.close();
      await first.close().catch(() => undefined);
      await receiver.close();
    }
  });
});

describe('webhook delivery woken by the event log', () => {
  it('sends a new event at once, long before the next poll', async () => {
    const receiver = await new WebhookReceiver().start();
    const app = await createTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL: '60s' });
    try {
      const user = await registerUser(app);
      await register(app, user, receiver.url());
      await sleep(200); // the first pass, at start-up, is over: the next poll is a minute away
      const started = Date.now();
      await createTask(app, user);
      await until(() => receiver.received.length === 1, { timeoutMs: 10_000 });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await app.close();
      await receiver.close();
    }
  });
});
