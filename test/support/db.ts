import { Client } from 'pg';

/** A direct connection to the run's database, to look at rows the API never shows. */
export async function connectDb(): Promise<Client> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  return client;
}

export type RowSnapshot = Record<string, unknown[]>;

/**
 * Every row that belongs to a user, in every table (the user's own row, and each table's rows
 * by its owner_id or user_id column), so a test can tell that a request changed none of them.
 * Tables added later are covered as long as they name their owner that way.
 */
export async function snapshotRows(db: Client, userId: string): Promise<RowSnapshot> {
  const { rows: tables } = await db.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND (column_name IN ('owner_id', 'user_id') OR (table_name = 'users' AND column_name = 'id'))
      ORDER BY table_name`,
  );
  const snapshot: RowSnapshot = {};
  for (const { table, column } of tables) {
    const { rows } = await db.query<{ row: unknown }>(
      `SELECT to_jsonb(t) AS row FROM "${table}" t WHERE "${column}" = $1 ORDER BY to_jsonb(t)::text`,
      [userId],
    );
    snapshot[table] = rows.map((r) => r.row);
  }
  return snapshot;
}
