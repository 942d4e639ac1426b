import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrations } from '../src/database/data-source-options';
import { migrateDatabase } from '../src/database/migrate';
import { sorted } from './support/sort';

describe('migrations with several instances', () => {
  const name = `todo_migrate_${randomBytes(6).toString('hex')}`;
  let admin: Client;
  let url: string;
  beforeAll(async () => {
    admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const parsed = new URL(process.env.TEST_DATABASE_URL!);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('applies each migration once when instances migrate a fresh database at the same moment', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => migrateDatabase(url)));
    // One instance applied them all; the others waited on the lock and found nothing to do.
    expect(sorted(results.flat())).toEqual(sorted(migrations.map((m) => m.name)));
    expect(results.filter((applied) => applied.length > 0)).toHaveLength(1);

    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const { rows } = await db.query<{ name: string; n: number }>(
        'SELECT name, count(*)::int AS n FROM migrations GROUP BY name',
      );
      expect(rows).toHaveLength(migrations.length);
      expect(rows.every((row) => row.n === 1)).toBe(true);
      const tables = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'tasks'");
      expect(tables.rowCount).toBe(1);
    } finally {
      await db.end();
    }
  });
});
