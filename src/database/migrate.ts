import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { installJobEngine } from './jobs-database';

// Any constant works; it only has to be the same for every instance of this service.
const MIGRATION_LOCK_KEY = 7_305_118_224;

// Requests get a few seconds per statement; a migration (an index on a big table) and the wait for
// another instance's migration may take minutes.
const MIGRATION_STATEMENT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Several instances may start against one database at the same moment: the advisory lock lets
 * exactly one apply pending migrations while the others wait and then find nothing to do. The job
 * engine's schema comes first: the project's triggers call its functions. Returns the project's
 * migrations applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await installJobEngine(dataSource);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Migrates on connections of its own, with the long timeouts migrations need, then lets them go. */
export async function migrateDatabase(url: string, connectTimeoutMs?: number): Promise<string[]> {
  // Two connections: one holds the lock while the migrations run on the other.
  const options = dataSourceOptions({
    url,
    poolSize: 2,
    connectTimeoutMs,
    statementTimeoutMs: MIGRATION_STATEMENT_TIMEOUT_MS,
  });
  const dataSource = await new DataSource(options).initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
