import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';
import { Client } from 'pg';
import { shutDownGracefully } from '../src/app';
import { ShutdownState } from '../src/health/shutdown-state';
import { createTestApp, registerUser } from './support/test-app';
import { until } from './support/wait';

const openConnections = (server: Server) =>
  new Promise<number>((resolve, reject) =>
    server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );

describe('graceful shutdown', () => {
  it('fails readiness once shutdown begins, and closes the connection after every answer', async () => {
    const app = await createTestApp();
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = await app.getUrl();
      const before = await fetch(`${base}/api/health/ready`);
      expect(before.status).toBe(200);
      expect(before.headers.get('connection')).toBe('keep-alive');
      app.get(ShutdownState).begin();
      const ready = await fetch(`${base}/api/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(ready.headers.get('connection')).toBe('close');
      const live = await fetch(`${base}/api/health`);
      expect(live.status).toBe(200);
      expect(live.headers.get('connection')).toBe('close');
    } finally {
      await app.close();
    }
  });

  describe('with a request in flight', () => {
    let app: NestFastifyApplication;
    let locker: Client;
    beforeAll(async () => {
      app = await createTestApp();
      await app.listen({ port: 0, host: '127.0.0.1' });
      locker = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await locker.connect();
    });
    afterAll(async () => {
      await locker.end();
      await app.close();
    });

    it('lets it finish before the server and the pool close', async () => {
      const base = await app.getUrl();
      const user = await registerUser(app);
      // A task insert takes a key-share lock on its owner's row: holding that row blocks this
      // user's create alone, so the request stays in flight for as long as the test wants.
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [user.id]);
      const lockerPid = (await locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const inFlight = fetch(`${base}/api/tasks`, {
        method: 'POST',
        headers: { ...user.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'finished after the signal' }),
      });
      await until(async () => {
        // Activity statistics are a snapshot taken once per transaction: clear it to see now.
        await locker.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await locker.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
          [lockerPid],
        );
        return rows[0].n > 0;
      });

      const shutdown = shutDownGracefully(app, 5000);
      const server = app.getHttpServer() as Server;
      await until(() => !server.listening, { what: 'the listener closed' });
      expect(await openConnections(server)).toBe(1);
      // The listener is closed: a new connection is refused, not left waiting.
      await expect(fetch(`${base}/api/health`)).rejects.toThrow();
      await locker.query('COMMIT');

      const res = await inFlight;
      expect(res.status).toBe(201);
      const task = (await res.json()) as { id: string };
      await shutdown;
      const { rows } = await locker.query('SELECT title FROM tasks WHERE id = $1', [task.id]);
      expect(rows).toEqual([{ title: 'finished after the signal' }]);
    });
  });
});
