import 'reflect-metadata';
import { hash } from 'bcrypt';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';

/**
 * Test data: `npm run seed -- --users 2 --tasks 100000` makes 2 users with 100,000 tasks each on the
 * database at DATABASE_URL (or --database-url), migrating it first. Every user signs in with the
 * printed password. Rows are made inside PostgreSQL (generate_series), so 100,000 take seconds.
 */
const USAGE = 'usage: npm run seed -- [--users N] [--tasks M] [--database-url postgres://…] [--seed 0.42]';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '1' },
    tasks: { type: 'string', default: '1000' },
    'database-url': { type: 'string' },
    seed: { type: 'string', default: '0.42' },
    help: { type: 'boolean', default: false },
  },
});

const BATCH = 20_000;
const PASSWORD = 'seed-password-1234';

// One row per generate_series value g; every random() call is its own draw. Shapes a realistic
// list: about 30% done, 60% with a due date (half a year back to a year ahead), a quarter of those
// with a reminder, mostly no priority, 5% of due tasks repeating, and 0–3 tags of 30 where the k-th
// tag is drawn with probability 1/(k(k+1)): "home" on about half the tasks, "someday" on about 0.1%.
const INSERT_TASKS = `
  INSERT INTO tasks (owner_id, title, description, completed, completed_at, priority, due_at, remind_at, tags,
                     recurrence, created_at, updated_at)
  SELECT $1, r.title, r.description, r.completed, CASE WHEN r.completed THEN r.updated_at END, r.priority,
         r.due_at, CASE WHEN r.due_at IS NOT NULL AND random() < 0.25 THEN r.due_at - random() * interval '1 day' END,
         r.tags,
         CASE WHEN r.due_at IS NOT NULL AND random() < 0.05 THEN jsonb_build_object(
           'frequency', (ARRAY['daily','weekly','monthly','yearly'])[1 + floor(random() * 4)::int],
           'interval', 1 + floor(random() * 3)::int,
           'anchorDay', extract(day FROM r.due_at AT TIME ZONE 'UTC')::int) END,
         r.created_at, r.updated_at
  FROM (
    SELECT (ARRAY['Buy','Call','Email','Fix','Plan','Review','Write','Book','Pay','Clean','Read','Send'])
             [1 + floor(random() * 12)::int] || ' ' ||
           (ARRAY['milk','report','dentist','invoice','car','garden','slides','tickets','rent','kitchen','budget',
                  'team','passport','taxes','gift','bike'])[1 + floor(random() * 16)::int] || ' #' || g AS title,
           CASE WHEN random() < 0.6 THEN NULL ELSE 'Notes for item ' || g || ': ' ||
             (ARRAY['before noon','ask about the price','bring the receipt','see the thread','low effort'])
               [1 + floor(random() * 5)::int] END AS description,
           random() < 0.3 AS completed,
           (ARRAY[0,0,0,0,0,1,1,2,2,3])[1 + floor(random() * 10)::int] AS priority,
           CASE WHEN random() < 0.6 THEN date_trunc('minute', now() - interval '180 days' + random() * interval '545 days')
             END AS due_at,
           ARRAY(SELECT DISTINCT tag FROM (
                   SELECT (ARRAY['home','work','errands','health','finance','family','garden','car','school',
                   'travel','shopping','reading','music','sport','friends','admin','urgent','later','ideas','calls',
                   'email','kids','pets','house','office','project-a','project-b','project-c','weekly','someday'])
                   [least(floor(1 / (1 - random())), 31)::int] AS tag
                   FROM generate_series(1, floor(random() * 4)::int + 0 * g)) AS draws
                 WHERE tag IS NOT NULL) AS tags,
           c.created_at,
           c.created_at + random() * (now() - c.created_at) AS updated_at
    FROM generate_series($2::int, $3::int) AS g
    CROSS JOIN LATERAL (SELECT now() - random() * interval '3 years' + 0 * g * interval '1 second' AS created_at) AS c
  ) AS r`;

async function main(): Promise<void> {
  if (values.help) return console.log(USAGE);
  const users = Number(values.users);
  const tasks = Number(values.tasks);
  const seed = Number(values.seed);
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!Number.isInteger(users) || users < 1 || !Number.isInteger(tasks) || tasks < 0 || !(seed >= -1 && seed <= 1)) {
    throw new Error(USAGE);
  }
  if (!url) throw new Error(`set DATABASE_URL or pass --database-url\n${USAGE}`);

  const db = await new DataSource(dataSourceOptions({ url, poolSize: 2, statementTimeoutMs: 600_000 })).initialize();
  try {
    await runMigrations(db);
    const passwordHash = await hash(PASSWORD, 10);
    const run = randomBytes(3).toString('hex');
    await db.query('SELECT setseed($1)', [seed]);
    for (let u = 1; u <= users; u++) {
      const started = Date.now();
      const email = `seed-${run}-${u}@example.com`;
      const [{ id }] = (await db.query(
        `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [email, `Seed user ${u}`, passwordHash],
      )) as { id: string }[];
      for (let from = 1; from <= tasks; from += BATCH) {
        await db.query(INSERT_TASKS, [id, from, Math.min(from + BATCH - 1, tasks)]);
      }
      console.log(`${email}  id ${id}  ${tasks} tasks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await db.query('ANALYZE tasks');
    console.log(`password for every seeded user: ${PASSWORD}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
