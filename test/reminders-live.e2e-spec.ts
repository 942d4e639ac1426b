import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { EventCursorCodec } from '../src/events/event-cursor';
import { EventLogRepository } from '../src/events/event-log.repository';
import { connectDb } from './support/db';
import { send } from './support/http';
import { listen, SseClient, type SseEvent } from './support/sse';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { until } from './support/wait';
import { WebhookReceiver } from './support/webhook-receiver';

/** Short job and webhook polls, as the other reminder specs use; private receivers for the webhook. */
const env = {
  JOBS_POLL_INTERVAL: '100ms',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_INTERVAL: '200ms',
};
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.accessToken}` });
const taskIdOf = (event: SseEvent) => (event.data as { task: { id: string } }).task.id;

/**
 * What a user sees of a reminder that fires: the `reminder.due` event of API.md on the live stream,
 * live or on resume with Last-Event-ID, and the same data in a webhook delivery. Two instances on
 * one database, each running the job engine, so the reminder fires on either one and reaches the
 * streams of both.
 */
describe('reminders on the live event stream', () => {
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  const urls: Record<'a' | 'b', string> = { a: '', b: '' };
  let db: Client;
  const open: SseClient[] = [];

  beforeAll(async () => {
    a = await createTestApp(env);
    b = await createTestApp(env);
    urls.a = await listen(a);
    urls.b = await listen(b);
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

  const streamOf = async (user: TestUser, on: 'a' | 'b' = 'a', headers: Record<string, string> = {}, path = '') => {
    const client = await SseClient.open(urls[on], `/api/events${path}`, { ...bearer(user), ...headers });
    open.push(client);
    expect(client.status).toBe(200);
    await until(() => client.retry !== undefined, { what: 'the stream open' });
    return client;
  };
  /** The time (this clock) at which the stream has read an event of `type`, polled finely. */
  const arrivalOf = async (client: SseClient, type: string) => {
    await until(() => client.ofType(type).length > 0 || client.ended, { intervalMs: 5, what: `a ${type} event` });
    return Date.now();
  };
  /** The log position an event id names. */
  const positionOf = (user: TestUser, id: string) => a.get(EventCursorCodec).decode(user.id, id, 'id').position;
  const loggedReminders = async (user: TestUser) =>
    (await a.get(EventLogRepository).read(user.id, 0, 1000)).filter((e) => e.type === 'reminder.due');
  /**
   * The task's reminder job is finished (fired, recorded and removed): whatever it wrote to the
   * log is there, and nothing more will come of it.
   */
  const reminderSettled = async (taskId: string) => {
    const done = await db.query(`SELECT 1 FROM reminders_done WHERE task_id = $1`, [taskId]);
    const waiting = await db.query(`SELECT 1 FROM graphile_worker._private_jobs WHERE key = $1`, [
      `reminder:${taskId}`,
    ]);
    return done.rowCount === 1 && waiting.rowCount === 0;
  };
  /**
   * Makes a change and waits for it on every stream given: streams send in log order, so once it
   * is there, everything logged before it has been sent too, and a test can count what came.
   */
  const sentinel = async (user: TestUser, ...clients: SseClient[]) => {
    const marker = await createTask(b, user, { title: 'sentinel' });
    for (const client of clients) {
      await until(
        () => client.events.some((event) => event.event === 'task.changed' && taskIdOf(event) === marker.id),
        {
          what: 'the sentinel change',
        },
      );
    }
    return marker;
  };

  it("sends a reminder.due that comes due while streams are open, once, with API.md's data, within a second", async () => {
    const user = await registerUser(a);
    const receiver = await new WebhookReceiver().start();
    try {
      const hook = await send(b, 'POST', '/api/webhooks', {
        token: user.accessToken,
        body: { url: receiver.url(), events: ['reminder.due'] },
      });
      expect(hook.status).toBe(201);
      const onA = await streamOf(user, 'a');
      const onB = await streamOf(user, 'b');

      const remindAt = inMs(1500);
      const dueAt = '2031-01-01T10:00:00.000Z';
      const task = await createTask(b, user, { title: 'call mum', remindAt, dueAt });
      const [created] = await onA.waitForEvents(1, 'the creation');
      expect(created).toMatchObject({ event: 'task.changed', data: { op: 'upsert', task: { id: task.id } } });

      const arrivedAt = await arrivalOf(onA, 'reminder.due');
      await onB.waitForEvents(2, 'the reminder on the other instance');
      const reminder = onA.events[1];
      expect(reminder).toEqual({
        id: expect.any(String),
        event: 'reminder.due',
        data: { taskId: task.id, title: 'call mum', remindAt, dueAt, late: false },
      });
      // Not before its time; a second under normal load, with a margin for a busy machine.
      expect(arrivedAt).toBeGreaterThanOrEqual(Date.parse(remindAt));
      expect(arrivedAt - Date.parse(remindAt)).toBeLessThan(2000);
      // Both instances' streams send the same event, with the same id.
      expect(onB.events).toEqual(onA.events);

      // Its id is the reminder's position in the owner's log, after the creation's.
      const [logged] = await loggedReminders(user);
      expect(positionOf(user, reminder.id!)).toBe(logged.position);
      expect(logged.position).toBeGreaterThan(positionOf(user, created.id!));

      // Each is a changes-feed cursor; a reminder is no change, so there is nothing after either.
      for (const since of [created.id!, reminder.id!]) {
        const feed = await send(b, 'GET', `/api/tasks/changes?since=${since}`, { token: user.accessToken });
        expect(feed.status).toBe(200);
        expect(feed.body.changes).toEqual([]);
      }

      // The webhook delivers the same data, signed.
      await until(() => receiver.received.length === 1, { what: 'the webhook delivery' });
      const [delivery] = receiver.received;
      expect(new StandardWebhook(hook.body.secret as string).verify(delivery.body, delivery.headers)).toEqual({
        type: 'reminder.due',
        timestamp: expect.any(String),
        data: reminder.data,
      });

      // Nothing twice: once the job is over, a later change comes right after the reminder.
      await until(() => reminderSettled(task.id), { what: 'the reminder job over' });
      const marker = await sentinel(user, onA, onB);
      for (const client of [onA, onB]) {
        expect(client.events.map((event) => event.event)).toEqual(['task.changed', 'reminder.due', 'task.changed']);
        expect(taskIdOf(client.events[2])).toBe(marker.id);
      }
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('sends a reminder that fired while the stream was closed when it resumes with Last-Event-ID, once', async () => {
    const user = await registerUser(a);
    const first = await streamOf(user);
    const task = await createTask(b, user, { title: 'while away', remindAt: '2031-06-01T09:00:00.000Z' });
    const [seen] = await first.waitForEvents(1, 'the creation');
    first.close();
    await first.waitForEnd();

    // While away: the reminder is moved to a moment from now, another task is made, the reminder
    // fires, and then the task is completed.
    const remindAt = inMs(1000);
    const moved = await send(b, 'PATCH', `/api/tasks/${task.id}`, { token: user.accessToken, body: { remindAt } });
    expect(moved.status).toBe(200);
    const other = await createTask(b, user, { title: 'made while away' });
    await until(() => reminderSettled(task.id), { what: 'the reminder fired' });
    const completed = await send(b, 'PATCH', `/api/tasks/${task.id}/complete`, { token: user.accessToken });
    expect(completed.status).toBe(200);
    expect(first.events).toEqual([seen]);

    // What was missed, in log order (the task's two changes are folded into its latest), then live ones.
    const resumed = await streamOf(user, 'a', { 'last-event-id': seen.id! });
    await resumed.waitForEvents(3, 'what was missed');
    const marker = await sentinel(user, resumed);
    expect(resumed.events.map((event) => event.event)).toEqual([
      'task.changed',
      'reminder.due',
      'task.changed',
      'task.changed',
    ]);
    const [otherChange, reminder, taskChange] = resumed.events;
    expect(taskIdOf(otherChange)).toBe(other.id);
    expect(reminder).toEqual({
      id: expect.any(String),
      event: 'reminder.due',
      data: { taskId: task.id, title: 'while away', remindAt, dueAt: null, late: false },
    });
    expect(taskChange.data).toEqual({ op: 'upsert', task: expect.objectContaining({ id: task.id, completed: true }) });
    expect(taskIdOf(resumed.events[3])).toBe(marker.id);
    const ids = resumed.events.map((event) => positionOf(user, event.id!));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await loggedReminders(user)).toHaveLength(1);

    // Resuming from the reminder's own id (on the other instance, or with ?since=) does not send it again.
    const fromReminder = await streamOf(user, 'b', { 'last-event-id': reminder.id! });
    const since = await streamOf(user, 'a', {}, `?since=${reminder.id!}`);
    for (const client of [fromReminder, since]) {
      await client.waitForEvents(2, 'what followed the reminder');
      expect(client.events).toEqual(resumed.events.slice(2));
    }
    // And a stream resumed from before it, with ?since=, gets it like Last-Event-ID does.
    const again = await streamOf(user, 'b', {}, `?since=${seen.id!}`);
    await again.waitForEvents(4, 'what was missed, again');
    expect(again.events).toEqual(resumed.events);
  });
});
