import * as bcrypt from 'bcrypt';
import { Client } from 'pg';
import { signAccessToken, type JwtSettings } from './jwt';

export interface BenchUser {
  id: string;
  email: string;
  sessionId: string;
  token: string;
  /** A sample of the user's task ids, for the get and complete scenarios. */
  taskIds: string[];
  /** Another sample no scenario writes, so each stays at version 1 (the conditional get's ETag). */
  readIds: string[];
}

export interface Fixtures {
  password: string;
  users: BenchUser[];
}

export interface SeedOptions {
  users: number;
  tasksPerUser: number;
  bcryptCost: number;
  jwt: JwtSettings;
  tokenTtlSeconds: number;
}

export const BENCH_PASSWORD = 'bench-password-1234';
const SAMPLE_TASKS_PER_USER = 20;

/**
 * Users, tasks and one session per user, straight in SQL: one bcrypt hash shared by every user,
 * and access tokens signed here with the servers' secret, so that both servers verify the same
 * tokens against the same sessions table.
 */
export async function seed(url: string, options: SeedOptions): Promise<Fixtures> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const hash = await bcrypt.hash(BENCH_PASSWORD, options.bcryptCost);
    await client.query(
      `INSERT INTO users (email, name, password_hash, created_at, updated_at)
       SELECT 'bench-' || g || '@example.com', 'Bench user ' || g, $1, now() - interval '30 days', now() - interval '30 days'
       FROM generate_series(1, $2::int) g`,
      [hash, options.users],
    );
    // A mix that looks like a real list: some described, some done, tags, priorities, due dates.
    await client.query(
      `INSERT INTO tasks (owner_id, title, description, completed, completed_at, priority, due_at, tags, created_at, updated_at)
       SELECT u.id,
              'Task ' || g || ' of ' || u.email,
              CASE WHEN g % 3 = 0 THEN 'Notes for task ' || g || ': call back, compare offers, write it down.' END,
              g % 4 = 0,
              CASE WHEN g % 4 = 0 THEN at + interval '1 hour' END,
              g % 4,
              CASE WHEN g % 5 = 0 THEN now() + g * interval '1 hour' END,
              CASE g % 3 WHEN 0 THEN ARRAY['home'] WHEN 1 THEN ARRAY['work', 'urgent'] ELSE ARRAY[]::text[] END,
              at,
              at
       FROM users u
       CROSS JOIN generate_series(1, $1::int) g
       CROSS JOIN LATERAL (SELECT now() - interval '30 days' + g * interval '1 minute' + random() * interval '1 second' AS at) t`,
      [options.tasksPerUser],
    );
    const sessions = await client.query<{ id: string; user_id: string; email: string }>(
      `INSERT INTO sessions (user_id, refresh_token_hash, expires_at)
       SELECT id, sha256(convert_to(gen_random_uuid()::text, 'UTF8')), now() + interval '1 day' FROM users
       RETURNING id, user_id, (SELECT email FROM users WHERE users.id = user_id) AS email`,
    );
    const samples = await client.query<{ owner_id: string; ids: string[] }>(
      `SELECT owner_id, (array_agg(id ORDER BY random()))[1:$1] AS ids FROM tasks GROUP BY owner_id`,
      [SAMPLE_TASKS_PER_USER * 2],
    );
    await client.query('VACUUM ANALYZE');
    const taskIds = new Map(samples.rows.map((row) => [row.owner_id, row.ids]));
    const sample = (userId: string, half: 0 | 1) =>
      (taskIds.get(userId) ?? []).slice(half * SAMPLE_TASKS_PER_USER, (half + 1) * SAMPLE_TASKS_PER_USER);
    const users = sessions.rows
      .map((row) => ({
        id: row.user_id,
        email: row.email,
        sessionId: row.id,
        token: signAccessToken(options.jwt, row.user_id, row.id, options.tokenTtlSeconds),
        taskIds: sample(row.user_id, 0),
        readIds: sample(row.user_id, 1),
      }))
      .sort((a, b) => a.email.localeCompare(b.email));
    return { password: BENCH_PASSWORD, users };
  } finally {
    await client.end();
  }
}

/** Puts the tables back as seeded between rounds, so each round of each server starts alike. */
export async function resetWrites(url: string, fixtures: Fixtures): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM tasks WHERE title LIKE 'bench create %'`);
    await client.query('DELETE FROM idempotency_keys');
    await client.query('DELETE FROM sessions WHERE NOT (id = ANY($1::uuid[]))', [
      fixtures.users.map((u) => u.sessionId),
    ]);
    // The complete scenario flips the sampled tasks starting from open.
    await client.query(
      'UPDATE tasks SET completed = false, completed_at = NULL WHERE completed AND id = ANY($1::uuid[])',
      [fixtures.users.flatMap((u) => u.taskIds)],
    );
    await client.query('VACUUM ANALYZE tasks, sessions, idempotency_keys');
  } finally {
    await client.end();
  }
}
