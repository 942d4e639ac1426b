import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { migrateDatabase } from '../src/database/migrate';
import { freePort, openBenchDatabase } from './database';
import { cpuSince, ServerProcess, treeCpuMs } from './servers';

/**
 * 10,000 reminders (by default) coming due within one minute, or at one instant, with two API
 * instances running: each must reach its owner's log once. Prints the delay from remindAt to the
 * event (p50, p99, max) and what it cost: the database's transactions and rows, and the CPU time of
 * PostgreSQL and of both instances over the firing.
 *   npm run bench:reminders -- [--reminders 10000] [--users 1000] [--spread 60] [--lead 20]
 * A throw-away embedded PostgreSQL (its CPU time is ours alone) unless --database-url names a server.
 */
const { values } = parseArgs({
  options: {
    reminders: { type: 'string', default: '10000' },
    users: { type: 'string', default: '1000' },
    spread: { type: 'string', default: '60' },
    lead: { type: 'string', default: '20' },
    'poll-interval': { type: 'string', default: '' },
    concurrency: { type: 'string', default: '' },
    'batch-size': { type: 'string', default: '' },
    'database-url': { type: 'string' },
  },
});
const REMINDERS = Number(values.reminders);
const USERS = Number(values.users);
const SPREAD_S = Number(values.spread);
const LEAD_S = Number(values.lead);

const STATS = `SELECT xact_commit + xact_rollback AS xacts, tup_returned AS returned, tup_fetched AS fetched,
  tup_inserted AS inserted, tup_updated AS updated, tup_deleted AS deleted, blks_hit + blks_read AS blocks
  FROM pg_stat_database WHERE datname = current_database()`;
type Stats = Record<string, number>;

async function stats(db: Client): Promise<Stats> {
  await db.query('SELECT pg_stat_clear_snapshot()');
  const row = (await db.query<Record<string, string>>(STATS)).rows[0];
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const workDir = join(process.cwd(), '.data', 'bench', `reminders-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(workDir, { recursive: true });
  const database = await openBenchDatabase(values['database-url'], workDir);
  const servers: ServerProcess[] = [];
  try {
    await migrateDatabase(database.url);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const secret = randomBytes(48).toString('base64');
    for (const name of ['api-1', 'api-2']) {
      const port = await freePort();
      const server = new ServerProcess({
        name,
        args: ['dist/src/main.js'],
        env: {
          NODE_ENV: 'production',
          DATABASE_URL: database.url,
          JWT_SECRET: secret,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          ...(values['poll-interval'] ? { JOBS_POLL_INTERVAL: values['poll-interval'] } : {}),
          ...(values.concurrency ? { JOBS_CONCURRENCY: values.concurrency } : {}),
          ...(values['batch-size'] ? { JOBS_BATCH_SIZE: values['batch-size'] } : {}),
        },
        port,
        logFile: join(workDir, `${name}.log`),
        readyPath: '/api/health/ready',
      });
      await server.start();
      servers.push(server);
    }

    // Users and their tasks in SQL; the tasks trigger schedules one job per reminder, as on any write.
    const { rows } = await db.query<{ start: Date }>(
      `SELECT date_trunc('second', now()) + $1 * interval '1 second' AS start`,
      [LEAD_S],
    );
    const start = rows[0].start;
    await db.query(
      `INSERT INTO users (email, password_hash)
       SELECT 'bench-' || i || '@example.com', 'x' FROM generate_series(1, $1) AS i`,
      [USERS],
    );
    const inserted = Date.now();
    await db.query(
      `INSERT INTO tasks (owner_id, title, remind_at, due_at)
       SELECT u.id, 'reminder ' || i, $2::timestamptz + ((i * $3::float8 / $1) * interval '1 second'), $2::timestamptz + interval '1 hour'
       FROM generate_series(0, $1 - 1) AS i
       JOIN (SELECT id, row_number() OVER () - 1 AS n FROM users) u ON u.n = i % $4`,
      [REMINDERS, start, SPREAD_S, USERS],
    );
    const scheduleMs = Date.now() - inserted;
    const jobs = Number((await db.query(`SELECT count(*) FROM graphile_worker._private_jobs`)).rows[0].count);
    if (Date.now() > start.getTime() - 2000)
      throw new Error('the reminders were not in place before their time: raise --lead');

    while (Date.now() < start.getTime() - 1000) await sleep(200);
    const dbPid = database.serverPid();
    const before = {
      stats: await stats(db),
      db: dbPid ? treeCpuMs(dbPid) : undefined,
      api: servers.map((s) => s.sample().cpuMs),
    };
    const count = async () =>
      Number((await db.query(`SELECT count(*) FROM events WHERE type = 'reminder.due'`)).rows[0].count);
    const deadline = start.getTime() + SPREAD_S * 1000 + 300_000;
    while ((await count()) < REMINDERS && Date.now() < deadline) await sleep(200);
    const firedBy = Date.now();
    await sleep(1500); // the statistics of idle backends reach pg_stat_database within a second
    const after = {
      stats: await stats(db),
      db: dbPid ? treeCpuMs(dbPid) : undefined,
      api: servers.map((s) => s.sample().cpuMs),
    };
    await sleep(3000); // anything fired twice would show by now

    const delays = (
      await db.query<{ ms: number }>(
        `SELECT extract(epoch FROM e.created_at - (e.data->>'remindAt')::timestamptz) * 1000 AS ms
         FROM events e WHERE e.type = 'reminder.due' ORDER BY 1`,
      )
    ).rows.map((r) => Number(r.ms));
    const distinct = Number(
      (await db.query(`SELECT count(DISTINCT task_id) FROM events WHERE type = 'reminder.due'`)).rows[0].count,
    );
    const late = Number(
      (await db.query(`SELECT count(*) FROM events WHERE type = 'reminder.due' AND (data->>'late')::boolean`)).rows[0]
        .count,
    );
    const left = Number((await db.query(`SELECT count(*) FROM graphile_worker._private_jobs`)).rows[0].count);
    await db.end();

    const delta = (key: string) => after.stats[key] - before.stats[key];
    const ms = (v: number) => `${Math.round(v)} ms`;
    const lines = [
      `reminders: ${REMINDERS} for ${USERS} users, ${SPREAD_S ? `spread over ${SPREAD_S} s` : 'all at one instant'}; two instances` +
        ` (JOBS_POLL_INTERVAL ${values['poll-interval'] || 'default'}, JOBS_CONCURRENCY ${values.concurrency || 'default'}, JOBS_BATCH_SIZE ${values['batch-size'] || 'default'})`,
      `database: ${database.label}`,
      `scheduled: ${jobs} jobs by the tasks trigger, in ${scheduleMs} ms for the one INSERT of ${REMINDERS} tasks`,
      `delivered: ${delays.length} events, ${distinct} distinct tasks (${delays.length - distinct} twice), ${late} late, ${left} jobs left`,
      `delay remindAt → event: p50 ${ms(percentile(delays, 0.5))}, p99 ${ms(percentile(delays, 0.99))}, max ${ms(delays[delays.length - 1] ?? NaN)}`,
      `firing took ${((firedBy - start.getTime()) / 1000).toFixed(1)} s from the first reminder's time to the last event`,
      `database over the firing: ${delta('xacts')} transactions, rows returned ${delta('returned')}, fetched ${delta('fetched')}, inserted ${delta('inserted')}, updated ${delta('updated')}, deleted ${delta('deleted')}, blocks touched ${delta('blocks')}`,
      `CPU over the firing: PostgreSQL ${before.db && after.db ? ms(cpuSince(before.db, after.db)) : 'unknown (external server)'}, API ${servers
        .map((s, i) => ms(after.api[i] - before.api[i]))
        .join(' + ')}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (distinct !== REMINDERS || delays.length !== REMINDERS) process.exitCode = 1;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
