import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { EventNotifications } from '../src/database/event-notifications';
import { connectDb } from './support/db';
import { send } from './support/http';
import { createPersonalToken } from './support/personal-tokens';
import { decodeClaims } from './support/jwt';
import { createTask, createTestApp, registerUser } from './support/test-app';
import { until } from './support/wait';

describe('database notifications of the event log', () => {
  let app: NestFastifyApplication;
  let db: Client;
  let notifications: EventNotifications;
  const users: string[] = [];
  const ended: string[] = [];
  beforeAll(async () => {
    app = await createTestApp();
    db = await connectDb();
    notifications = app.get(EventNotifications);
    notifications.onUserEvents((id) => users.push(id));
    notifications.onSessionEnded((id) => ended.push(id));
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('wakes user_events once per user a statement logs for, when it commits', async () => {
    const user = await registerUser(app);
    await createTask(app, user);
    await until(() => users.includes(user.id), { what: 'a notification for the task write' });
  });

  it('wakes for any writer of the events table, not only the task triggers', async () => {
    const user = await registerUser(app);
    await db.query(
      `WITH head AS (UPDATE event_logs SET last_position = last_position + 1 WHERE user_id = $1 RETURNING last_position)
       INSERT INTO events (user_id, position, type, data) SELECT $1, last_position, 'reminder.due', '{}' FROM head`,
      [user.id],
    );
    await until(() => users.includes(user.id), { what: 'a notification for a reminder' });
  });

  it('sends nothing for a write that rolls back', async () => {
    const user = await registerUser(app);
    await db.query('BEGIN');
    await db.query(`INSERT INTO tasks (owner_id, title) VALUES ($1, 'rolled back')`, [user.id]);
    await db.query('ROLLBACK');
    const marker = await registerUser(app);
    await createTask(app, marker);
    await until(() => users.includes(marker.id));
    expect(users).not.toContain(user.id);
  });

  it('names the session that a logout, a revocation or a password change ends, and a deleted token', async () => {
    const user = await registerUser(app);
    const other = await send(app, 'POST', '/api/auth/login', { body: { email: user.email, password: user.password } });
    const third = await send(app, 'POST', '/api/auth/login', { body: { email: user.email, password: user.password } });
    const sid = (token: string) => decodeClaims(token).sid as string;
    const token = await createPersonalToken(app, user, ['tasks:read']);

    await send(app, 'DELETE', `/api/auth/sessions/${sid(other.body.accessToken as string)}`, {
      token: user.accessToken,
    });
    await until(() => ended.includes(sid(other.body.accessToken as string)), { what: 'the revoked session' });
    await send(app, 'POST', '/api/auth/change-password', {
      token: user.accessToken,
      body: { currentPassword: user.password, newPassword: `pw-${randomUUID()}` },
    });
    await until(() => ended.includes(sid(third.body.accessToken as string)), {
      what: 'the session a password change ends',
    });
    await until(() => ended.includes(token.id), { what: 'the token a password change deletes' });
    expect(ended).not.toContain(sid(user.accessToken));
    await send(app, 'POST', '/api/auth/logout', { token: user.accessToken });
    await until(() => ended.includes(sid(user.accessToken)), { what: 'the logged-out session' });
  });

  it('listens again after its connection is killed, and says so to its subscribers', async () => {
    const changes: boolean[] = [];
    const stop = notifications.onListeningChange((listening) => changes.push(listening));
    const pid = notifications.backendPid;
    const { rows } = await db.query<{ name: string }>(
      'SELECT application_name AS name FROM pg_stat_activity WHERE pid = $1',
      [pid],
    );
    expect(rows).toEqual([{ name: 'todo-api-listener' }]);
    await db.query('SELECT pg_terminate_backend($1)', [pid]);
    await until(() => changes.join() === 'false,true', { what: 'the connection lost and back' });
    stop();
    const user = await registerUser(app);
    await createTask(app, user);
    await until(() => users.includes(user.id), { what: 'a notification after the reconnection' });
  });
});
