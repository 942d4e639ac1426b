import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Task } from '../src/tasks/task.entity';
import { createTask, createTestApp, registerUser } from './support/test-app';

describe('database guard rails', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('throws on an undefined where value instead of returning the first row of the table', async () => {
    await createTask(app, await registerUser(app));
    const tasks = app.get(DataSource).getRepository(Task);
    await expect(tasks.findOneBy({ id: undefined as unknown as string })).rejects.toThrow();
    await expect(tasks.findOneBy({ ownerId: null as unknown as string })).rejects.toThrow();
  });

  it('survives the server ending a connection that is checked out between queries, and drops it', async () => {
    const pool = (app.get(DataSource).driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    const ended = new Promise((resolve) => client.once('end', resolve));
    // What a restart does to every backend: FATAL 57P01 to a client that is running no query.
    await pool.query('SELECT pg_terminate_backend($1)', [pid]);
    await ended;
    client.release();
    const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(rows[0].pid).not.toBe(pid);
  });

  it("deletes a user's tasks with the user (ON DELETE CASCADE)", async () => {
    const user = await registerUser(app);
    await createTask(app, user);
    const db = app.get(DataSource);
    await db.query('DELETE FROM users WHERE id = $1', [user.id]);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM tasks WHERE owner_id = $1', [user.id]);
    expect(n).toBe(0);
  });

  it('refuses a duplicate or non-normalised email even past the application', async () => {
    const user = await registerUser(app);
    const insert = (email: string) =>
      app.get(DataSource).query(`INSERT INTO users (email, password_hash) VALUES ($1, 'x')`, [email]);
    await expect(insert(user.email)).rejects.toThrow(/users_email_key/);
    await expect(insert(user.email.toUpperCase())).rejects.toThrow(/check constraint/);
  });

  it('serves the default list order from the owner index', async () => {
    const user = await registerUser(app);
    const db = app.get(DataSource);
    const plan = await db.transaction(async (tx) => {
      // A test user's handful of rows would be read whole; make the planner show the index it would use at scale.
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query('SET LOCAL enable_bitmapscan = off');
      const rows: { 'QUERY PLAN': string }[] = await tx.query(
        `EXPLAIN SELECT * FROM tasks WHERE owner_id = $1 ORDER BY created_at DESC, id DESC LIMIT 21`,
        [user.id],
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index Scan using tasks_owner_created_idx/);
    expect(plan).not.toMatch(/Sort/);
  });
});
