import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import request from 'supertest';
import { EventLogRepository } from '../src/events/event-log.repository';
import type { ReminderData } from '../src/reminders/reminders.repository';
import { RemindersService } from '../src/reminders/reminders.service';
import { freezeClock } from './support/clock';
import { connectDb } from './support/db';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { sleep, until } from './support/wait';

const POLL_MS = 100;
const env = { JOBS_POLL_INTERVAL: `${POLL_MS}ms` };
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

interface Fired {
  position: number;
  taskId: string | null;
  data: ReminderData;
  createdAt: Date;
}

/** The reminders in a user's event log, as every reader of the log (stream, webhooks) gets them. */
async function remindersOf(app: NestFastifyApplication, user: TestUser): Promise<Fired[]> {
  const events = await app.get(EventLogRepository).read(user.id, 0, 1000);
  return events
    .filter((e) => e.type === 'reminder.due')
    .map((e) => ({ position: e.position, taskId: e.taskId, data: e.data as ReminderData, createdAt: e.createdAt }));
}

describe('reminders', () => {
  let app: NestFastifyApplication;
  let db: Client;
  const http = () => request(app.getHttpServer());
  /** The waiting job of a task's reminder, if any. */
  const jobOf = async (taskId: string) =>
    (
      await db.query<{ run_at: Date; payload: { remindAt: string } }>(
        `SELECT run_at, payload FROM graphile_worker._private_jobs WHERE key = $1`,
        [`reminder:${taskId}`],
      )
    ).rows[0];
  const doneOf = async (taskId: string) =>
    (await db.query<{ sent: boolean }>(`SELECT sent FROM reminders_done WHERE task_id = $1`, [taskId])).rows;

  beforeAll(async () => {
    db = await connectDb();
  });
  afterAll(async () => {
    await db.end();
  });
  // An app per test: authentication (passport's strategy) is shared by the apps of one process and
  // belongs to the newest, so an app is no good for requests once a later one has closed.
  beforeEach(async () => {
    app = await createTestApp(env);
  });
  afterEach(async () => {
    await app.close();
  });

  it("fires once into its owner's log, within a second of its time; the changes feed leaves it out", async () => {
    const user = await registerUser(app);
    const sync = await http().get('/api/tasks/changes').set(user.auth).expect(200);
    const remindAt = inMs(1500);
    const task = await createTask(app, user, { title: 'call mum', remindAt, dueAt: '2031-01-01T10:00:00.000Z' });
    expect((await jobOf(task.id)).run_at.toISOString()).toBe(remindAt);

    await until(async () => (await remindersOf(app, user)).length > 0, { what: 'the reminder' });
    const [fired, ...more] = await remindersOf(app, user);
    expect(more).toEqual([]);
    expect(fired.taskId).toBe(task.id);
    expect(fired.data).toEqual({
      taskId: task.id,
      title: 'call mum',
      remindAt,
      dueAt: '2031-01-01T10:00:00.000Z',
      late: false,
    });
    const delayMs = fired.createdAt.getTime() - Date.parse(remindAt);
    expect(delayMs).toBeGreaterThanOrEqual(0);
    // A second under normal load (the poll interval here is 100 ms); the margin is for a busy machine.
    expect(delayMs).toBeLessThan(2000);
    expect(await jobOf(task.id)).toBeUndefined();

    const changes = await http().get('/api/tasks/changes').query({ since: sync.body.cursor }).set(user.auth);
    expect(changes.body.changes).toEqual([{ op: 'upsert', task: expect.objectContaining({ id: task.id }) }]);

    // A restarted instance re-arms due reminders that are not done: this one is, so nothing more.
    const restarted = await createTestApp(env);
    await sleep(5 * POLL_MS);
    await restarted.close();
    expect(await remindersOf(app, user)).toHaveLength(1);
  });

  it("wakes the owner's live readers: its event is announced on user_events like any entry of the log", async () => {
    const user = await registerUser(app);
    const heard: string[] = [];
    const listener = await connectDb();
    try {
      listener.on('notification', (n) => heard.push(n.payload ?? ''));
      await listener.query('LISTEN user_events');
      const task = await createTask(app, user, { remindAt: '2031-06-01T09:00:00.000Z' });
      await until(() => heard.includes(user.id), { what: 'the creation announced' });
      heard.length = 0;
      await app
        .get(RemindersService)
        .fire({ ownerId: user.id, taskId: task.id, remindAt: new Date('2031-06-01T09:00:00.000Z') });
      await until(() => heard.includes(user.id), { what: 'the reminder announced' });
    } finally {
      await listener.end();
    }
  });

  it('delivers each reminder once when two instances race for them, round after round', async () => {
    const other = await createTestApp(env);
    try {
      const users = [await registerUser(app), await registerUser(other)];
      const tasks: string[] = [];
      for (let round = 0; round < 4; round++) {
        const remindAt = inMs(1000);
        for (let i = 0; i < 10; i++) {
          const [instance, user] = i % 2 ? [app, users[0]] : [other, users[1]];
          tasks.push((await createTask(instance, user, { title: `r${round}-${i}`, remindAt })).id);
        }
        await until(
          async () => (await Promise.all(users.map((u) => remindersOf(app, u)))).flat().length === tasks.length,
          {
            what: `round ${round}'s reminders`,
          },
        );
      }
      await sleep(5 * POLL_MS);
      const fired = (await Promise.all(users.map((u) => remindersOf(app, u)))).flat();
      expect(fired.map((f) => f.taskId).sort()).toEqual([...tasks].sort());
    } finally {
      await other.close();
    }
  });

  it('sends once when the same reminder is fired at once on both instances (a retry, a re-arm)', async () => {
    const other = await createTestApp(env);
    try {
      const user = await registerUser(app);
      const remindAt = '2031-06-01T09:00:00.000Z';
      const task = await createTask(app, user, { remindAt });
      const job = { ownerId: user.id, taskId: task.id, remindAt: new Date(remindAt) };
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? app : other).get(RemindersService).fire(job)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await remindersOf(app, user)).toHaveLength(1);
      // Another user's id with this task fires nothing.
      const stranger = await registerUser(app);
      expect(await app.get(RemindersService).fire({ ...job, ownerId: stranger.id })).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('cancels on clear, complete, trash and delete, moves on change, and comes back on restore', async () => {
    const user = await registerUser(app);
    const remindAt = inMs(3000);
    const movedTo = inMs(4000);
    const titles = ['kept', 'cleared', 'completed', 'trashed', 'purged', 'deleted', 'moved', 'restored'];
    const [kept, cleared, completed, trashed, purged, deleted, moved, restored] = await Promise.all(
      titles.map((title) => createTask(app, user, { title, remindAt })),
    );
    const call = (method: 'patch' | 'delete' | 'post', path: string, body?: object) =>
      http()[method](path).set(user.auth).send(body);
    await call('patch', `/api/tasks/${cleared.id}`, { remindAt: null }).expect(200);
    await call('patch', `/api/tasks/${completed.id}/complete`, { completed: true }).expect(200);
    for (const task of [trashed, purged, restored]) await call('delete', `/api/tasks/${task.id}`).expect(204);
    await call('delete', `/api/tasks/trash/${purged.id}`).expect(204);
    // Deleted for good straight away (as deleting the account does): the trigger sees the row go.
    await db.query(`DELETE FROM tasks WHERE id = $1`, [deleted.id]);
    await call('patch', `/api/tasks/${moved.id}`, { remindAt: movedTo }).expect(200);
    await call('post', `/api/tasks/${restored.id}/restore`).expect(200);

    for (const task of [cleared, completed, trashed, purged, deleted]) expect(await jobOf(task.id)).toBeUndefined();
    // The payload holds PostgreSQL's JSON rendering of the time, which drops trailing zeros of the milliseconds.
    expect(new Date((await jobOf(moved.id)).payload.remindAt).toISOString()).toBe(movedTo);
    expect((await jobOf(restored.id)).run_at.toISOString()).toBe(remindAt);

    await until(async () => (await remindersOf(app, user)).length === 3, { what: 'three reminders' });
    await sleep(5 * POLL_MS);
    const fired = await remindersOf(app, user);
    expect(fired.map((f) => f.data.title).sort()).toEqual(['kept', 'moved', 'restored']);
    const move = fired.find((f) => f.taskId === moved.id)!;
    expect(move.data.remindAt).toBe(movedTo);
    expect(move.createdAt.getTime()).toBeGreaterThanOrEqual(Date.parse(movedTo));
    expect(kept.id).toBe(fired.find((f) => f.data.title === 'kept')!.taskId);
  });

  it("completing a recurring task schedules the next occurrence's reminder", async () => {
    const user = await registerUser(app);
    const dueAt = inMs(24 * 3600_000);
    const remindAt = inMs(2000);
    const task = await createTask(app, user, { dueAt, remindAt, recurrence: { frequency: 'daily', interval: 1 } });
    const done = await http().patch(`/api/tasks/${task.id}/complete`).set(user.auth).send({}).expect(200);
    const next = done.body.remindAt as string;
    expect(Date.parse(next) - Date.parse(remindAt)).toBe(24 * 3600_000);
    expect((await jobOf(task.id)).run_at.toISOString()).toBe(next);

    // Nothing at the old time; then, a day on (its job made due, the clock moved there), the next one.
    await sleep(2500);
    expect(await remindersOf(app, user)).toEqual([]);
    const clock = freezeClock(app, Date.parse(next) + 200);
    try {
      await db.query(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = $1`, [`reminder:${task.id}`]);
      await until(async () => (await remindersOf(app, user)).length === 1, { what: 'the next reminder' });
      expect((await remindersOf(app, user))[0].data).toMatchObject({ remindAt: next, late: false });
    } finally {
      clock.restore();
    }
  });

  describe('after a time with no instance running', () => {
    it('fires what came due at start, late past a minute; drops what is over a day late', async () => {
      const user = await registerUser(app);
      await app.close();
      // While no instance runs: one reminder came due 5 minutes ago, one job waited 25 hours.
      const insert = async (title: string, remindAt: string) =>
        (
          await db.query<{ id: string }>(
            `INSERT INTO tasks (owner_id, title, remind_at) VALUES ($1, $2, now() - $3::interval) RETURNING id`,
            [user.id, title, remindAt],
          )
        ).rows[0].id;
      const late = await insert('late', '5 minutes');
      const stale = await insert('stale', '25 hours');
      expect(await jobOf(stale)).toBeUndefined();
      await db.query(
        `SELECT graphile_worker.add_job('reminder.due',
           json_build_object('ownerId', owner_id, 'taskId', id, 'remindAt', remind_at),
           run_at => remind_at, job_key => 'reminder:' || id) FROM tasks WHERE id = $1`,
        [stale],
      );

      app = await createTestApp(env);
      await until(async () => (await doneOf(late)).length + (await doneOf(stale)).length === 2, {
        what: 'both handled',
      });
      expect(await doneOf(stale)).toEqual([{ sent: false }]);
      const fired = await remindersOf(app, user);
      expect(fired.map((f) => [f.data.title, f.data.late])).toEqual([['late', true]]);
    });

    it('sends again a due reminder whose job a killed instance still holds', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user, { remindAt: '2031-06-01T09:00:00.000Z' });
      await app.close();
      // The job was taken by an instance that died before it finished: it stays locked for hours.
      await db.query(`UPDATE tasks SET remind_at = now() - interval '2 seconds' WHERE id = $1`, [task.id]);
      await db.query(
        `UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'killed' WHERE key = $1`,
        [`reminder:${task.id}`],
      );
      app = await createTestApp(env);
      await until(async () => (await remindersOf(app, user)).length === 1, { what: 'the re-armed reminder' });
      expect((await remindersOf(app, user))[0].data).toMatchObject({ taskId: task.id, late: false });
    });
  });
});
