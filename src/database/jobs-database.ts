import { Logger as NestLogger } from '@nestjs/common';
import { Logger, runMigrations as migrateJobs } from 'graphile-worker';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { GuardedClient } from './client-errors';
import { poolOptions, sslFromUrl, type DatabaseSettings } from './data-source-options';

export type JobsPool = Pool;

/** The schema graphile-worker keeps its jobs in, beside ours. */
export const JOBS_SCHEMA = 'graphile_worker';

/**
 * The job engine's own connections: it holds one for LISTEN and fetches and completes jobs on the
 * others, so it cannot borrow TypeORM's pool. Same TLS, timeouts and error guard as the app's pool;
 * `max` small, because a job's own work runs on the app's pool, through its repositories.
 */
export function createJobsPool(settings: DatabaseSettings & { max: number }): Pool {
  const url = new URL(settings.url);
  for (const key of ['sslmode', 'ssl', 'sslrootcert', 'sslcert', 'sslkey']) url.searchParams.delete(key);
  return guarded(
    new Pool({
      ...poolOptions(settings),
      application_name: 'todo-api-jobs',
      connectionString: url.toString(),
      ssl: sslFromUrl(settings.url),
      max: settings.max,
    }),
  );
}

/**
 * An idle client's error (the server restarted) must not take the process down. Each client is a
 * GuardedClient, which listens to its own errors from birth: the 'connect' listener is only there
 * to tell graphile-worker, which checks for one, that clients are looked after.
 */
function guarded(pool: Pool): Pool {
  pool.on('error', (error) => new NestLogger('Jobs').warn(`an idle job engine connection failed: ${error.message}`));
  pool.on('connect', () => undefined);
  return pool;
}

/**
 * Creates or upgrades the job engine's schema. Called with the start-up migration lock held and
 * before the project's migrations, whose triggers enqueue jobs through its SQL functions.
 */
export async function installJobEngine(dataSource: DataSource): Promise<void> {
  // The options dataSourceOptions made: the URL without its TLS parameters, and TLS beside it.
  const options = dataSource.options as { url?: string; ssl?: false | { rejectUnauthorized: boolean } };
  const pool = guarded(
    new Pool({
      connectionString: options.url,
      ssl: options.ssl,
      max: 1,
      application_name: 'todo-api-migrations',
      Client: GuardedClient,
    }),
  );
  try {
    // Its steps are not news: only a problem is logged.
    await migrateJobs({ pgPool: pool, schema: JOBS_SCHEMA, logger: jobsLogger('warning') });
  } finally {
    await pool.end();
  }
}

/**
 * The engine's log lines in ours: its routine chatter (a worker started, a job ran) at debug, or
 * nothing below `least`.
 */
export function jobsLogger(least: 'debug' | 'warning' = 'debug'): Logger {
  const log = new NestLogger('Jobs');
  return new Logger(() => (level, message) => {
    if (level === 'error') log.error(message);
    else if (level === 'warning') log.warn(message);
    else if (least === 'debug') log.debug(message);
  });
}
