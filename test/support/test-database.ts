import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/database/embedded-database';
import { runMigrations } from '../../src/database/migrate';

export interface TestDatabase {
  url: string;
  label: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test run: on the server named by DATABASE_URL (a new database there,
 * dropped afterwards, so runs never see each other's rows), or else on an embedded PostgreSQL.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'todo-test-'));
    // As root the server runs as its own system user, which must be able to enter the folder.
    chmodSync(dir, 0o755);
    embedded = await startEmbeddedDatabase({
      dir: join(dir, 'pg'),
      persistent: false,
      database: 'postgres',
    });
    serverUrl = embedded.url;
  }
  const name = `todo_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  const dataSource = await new DataSource(dataSourceOptions({ url: url.toString() })).initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();

  return {
    url: url.toString(),
    label: `${embedded ? 'embedded ' : ''}PostgreSQL ${version}, database ${name}`,
    drop: async () => {
      if (embedded) return embedded.stop();
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
