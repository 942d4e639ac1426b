import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { SseClient } from '../support/sse';
import { until } from '../support/wait';
import { ApiProcess } from './support/api-process';
import { registerUser, report, type ApiUser } from './support/load';
import { PgServer } from './support/pg-server';

const titleOf = (data: unknown) => (data as { task: { title: string } }).task.title;

/**
 * Live events between real processes on one database: the wake-ups go through PostgreSQL's
 * LISTEN/NOTIFY, so a write on one instance reaches the streams of the other, and the listening
 * connection may be lost without losing an event.
 */
describe('live events across two API processes', () => {
  let pg: PgServer;
  let databaseUrl: string;
  let a: ApiProcess;
  let b: ApiProcess;
  let db: Client;
  beforeAll(async () => {
    pg = await PgServer.start();
    databaseUrl = await pg.createDatabase('todo');
    [a, b] = await Promise.all([
      ApiProcess.start({ DATABASE_URL: databaseUrl }),
      ApiProcess.start({ DATABASE_URL: databaseUrl }),
    ]);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await Promise.all([a, b].filter(Boolean).map((api) => api.stop()));
    await pg?.destroy();
  });

  const write = (user: ApiUser, title: string) =>
    fetch(`${b.baseUrl}/api/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });

  it('brings a write made on one instance to a stream on the other', async () => {
    const user = await registerUser(a.baseUrl);
    const events = await SseClient.open(a.baseUrl, '/api/events', { authorization: `Bearer ${user.accessToken}` });
    expect(events.status).toBe(200);
    await until(() => events.retry !== undefined);
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const sent = Date.now();
      expect((await write(user, `write ${i}`)).status).toBe(201);
      await events.waitForEvents(i + 1);
      latencies.push(Date.now() - sent);
    }
    events.close();
    expect(events.events.map((event) => titleOf(event.data))).toEqual(
      Array.from({ length: 10 }, (_, i) => `write ${i}`),
    );
    report('live events across instances', { writes: 10, maxMs: Math.max(...latencies), latenciesMs: latencies });
  });

  it('loses no event when the listening connections are killed while writes go on', async () => {
    const user = await registerUser(a.baseUrl);
    const events = await SseClient.open(a.baseUrl, '/api/events', { authorization: `Bearer ${user.accessToken}` });
    await until(() => events.retry !== undefined);
    const titles = Array.from({ length: 30 }, (_, i) => `during ${i} ${randomUUID().slice(0, 4)}`);
    let killed = 0;
    for (const [i, title] of titles.entries()) {
      if (i === 5 || i === 15) {
        // Both instances must be listening again (reconnects back off) before their connections are killed.
        await until(
          async () =>
            (await db.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'todo-api-listener'`)).rowCount ===
            2,
        );
        const { rowCount } = await db.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'todo-api-listener'`,
        );
        killed += rowCount ?? 0;
      }
      expect((await write(user, title)).status).toBe(201);
    }
    expect(killed).toBeGreaterThanOrEqual(4);
    await events.waitForEvents(titles.length);
    expect(events.events.map((event) => titleOf(event.data))).toEqual(titles);
    expect(events.ended).toBe(false);

    // Listening again, and said so once per loss: a write after the kills arrives by notification.
    await until(
      () => a.logs.filter((line) => String(line.msg).includes('listening to the database again')).length >= 1,
      { what: 'the listener back' },
    );
    const sent = Date.now();
    expect((await write(user, 'after')).status).toBe(201);
    await events.waitForEvents(titles.length + 1);
    events.close();
    report('live events, listener killed twice', { events: titles.length + 1, lastLatencyMs: Date.now() - sent });
  });
});
