import 'reflect-metadata';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DataSource, IsNull, Raw } from 'typeorm';
import { Session } from '../src/auth/session.entity';
import { SessionsRepository } from '../src/auth/sessions.repository';
import { CompiledQueries, CompiledQuery, parameter } from '../src/database/compiled-query';
import { dataSourceOptions } from '../src/database/data-source-options';
import { migrateDatabase } from '../src/database/migrate';
import { Tag } from '../src/tasks/tag.entity';
import { DEFAULT_SORT, TaskListOrder } from '../src/tasks/task-query.builder';
import { Task } from '../src/tasks/task.entity';
import { TASK_ROW_FIELDS, TasksRepository, WRITTEN_FIELDS, type TaskFields } from '../src/tasks/tasks.repository';
import { openBenchDatabase } from './database';

/**
 * Node's CPU time per call of each way TypeORM can write each hot statement of the API, and of
 * `pg` alone with the same SQL, one call at a time on one connection. "app" is what the repository
 * does today. On a throw-away database made on the server at DATABASE_URL (an embedded PostgreSQL
 * without it), migrated and seeded here:
 *   DATABASE_URL=postgres://… [PATHS_N=1000] [PATHS_ROUNDS=5] npm run bench:paths
 */
const N = Number(process.env.PATHS_N ?? 1000);
const ROUNDS = Number(process.env.PATHS_ROUNDS ?? 5);
const PAGE = 21;

interface Way {
  path: string;
  way: string;
  call: (i: number) => Promise<unknown>;
}

async function main(): Promise<void> {
  const database = await openBenchDatabase(process.env.DATABASE_URL, join(tmpdir(), 'todo-bench'));
  let db: DataSource | undefined;
  let pool: Pool | undefined;
  try {
    await migrateDatabase(database.url);
    db = await new DataSource(dataSourceOptions({ url: database.url, poolSize: 1 })).initialize();
    pool = new Pool({ connectionString: database.url, max: 1 });
    const ways = await prepare(db, pool);
    console.log(`${database.label}; ${N} calls per way and round, ${ROUNDS} rounds, one connection`);
    console.log(formatTable(await measure(ways)));
  } finally {
    await pool?.end();
    await db?.destroy();
    await database.stop();
  }
}

async function prepare(db: DataSource, pool: Pool): Promise<Way[]> {
  const [{ id: ownerId }] = await db.query(
    `INSERT INTO users (email, password_hash) VALUES ('paths@example.com', 'x') RETURNING id`,
  );
  const [{ id: writerId }] = await db.query(
    `INSERT INTO users (email, password_hash) VALUES ('writes@example.com', 'x') RETURNING id`,
  );
  await db.query(
    `INSERT INTO tasks (owner_id, title, description, priority, tags, created_at)
     SELECT $1, 'Task ' || g, CASE WHEN g % 3 = 0 THEN 'Notes for task ' || g END, g % 4, ARRAY['home'],
            now() - g * interval '1 minute'
     FROM generate_series(1, 200) g`,
    [ownerId],
  );
  const [{ id: sessionId }] = await db.query(
    `INSERT INTO sessions (user_id, refresh_token_hash, expires_at) VALUES ($1, '\\x00', now() + interval '1 day') RETURNING id`,
    [ownerId],
  );
  const taskIds = (
    (await db.query(`SELECT id FROM tasks WHERE owner_id = $1 LIMIT 50`, [ownerId])) as { id: string }[]
  ).map((row) => row.id);
  await db.query('VACUUM ANALYZE');
  const pick = (i: number) => taskIds[i % taskIds.length];

  const sessions = db.getRepository(Session);
  const tasks = db.getRepository(Task);
  const sessionsRepository = new SessionsRepository(sessions);
  const tasksRepository = new TasksRepository(tasks, db.getRepository(Tag));
  const order = new TaskListOrder(DEFAULT_SORT);
  const now = new Date();

  const columns = TASK_ROW_FIELDS.map((field) => tasks.metadata.findColumnWithPropertyName(field)!);
  const returned = columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(', ');
  const select = () => {
    const qb = tasks.createQueryBuilder('t').select([]);
    for (const c of columns) qb.addSelect(`t.${c.propertyName}`, c.propertyName);
    return qb.where('t.ownerId = :ownerId');
  };
  const writtenColumns = Object.fromEntries(
    WRITTEN_FIELDS.map((field) => [field, tasks.metadata.findColumnWithPropertyName(field)!]),
  );
  const fields = (i: number): TaskFields => ({
    title: `Created ${i}`,
    description: 'A description',
    completed: false,
    completedAt: null,
    priority: 0,
    dueAt: null,
    remindAt: null,
    tags: [],
    recurrence: null,
  });

  const sessionCheck = new CompiledQuery<{ userId: string; sessionId: string }>(
    sessions
      .createQueryBuilder('s')
      .select('1', 'one')
      .where('s.id = :sessionId')
      .andWhere('s.userId = :userId')
      .andWhere('s.revokedAt IS NULL AND s.expiresAt > now()'),
    ['userId', 'sessionId'],
  );
  const getTask = new CompiledQuery<{ ownerId: string; id: string }>(select().andWhere('t.id = :id'), [
    'ownerId',
    'id',
  ]);
  const listShapes = new CompiledQueries<{ ownerId: string }>(256);
  const listShape = () =>
    listShapes.get(`${order.sort}|${PAGE}`, () => new CompiledQuery(order.apply(select(), PAGE), ['ownerId']));
  const insertTask = new CompiledQuery<TaskFields & { ownerId: string }>(
    tasks
      .createQueryBuilder()
      .insert()
      .values(Object.fromEntries(['ownerId', ...WRITTEN_FIELDS].map((name) => [name, parameter(name)])))
      .returning(returned)
      .updateEntity(false),
    ['ownerId', ...WRITTEN_FIELDS],
    writtenColumns,
  );
  // The statement TasksRepository.complete sends: `completed` null toggles.
  const done = 'COALESCE(CAST(:completed AS boolean), NOT completed)';
  const toggle = () =>
    tasks
      .createQueryBuilder()
      .update()
      .set({
        completed: () => done,
        completedAt: () =>
          `CASE WHEN NOT ${done} THEN NULL WHEN completed THEN completedAt ELSE CAST(:now AS timestamptz) END`,
        updatedAt: () => `CASE WHEN completed = ${done} THEN updatedAt ELSE CURRENT_TIMESTAMP END`,
      })
      .where('id = :id AND ownerId = :ownerId')
      .andWhere(`(recurrence IS NULL OR dueAt IS NULL OR NOT ${done})`);
  type Completion = { ownerId: string; id: string; completed: boolean | null; now: Date };
  const completeTask = new CompiledQuery<Completion>(toggle().returning(returned).updateEntity(false), [
    'ownerId',
    'id',
    'completed',
    'now',
  ]);
  /** The compiled statement's SQL on pg alone, its values in the same order. */
  const plain = <P extends object>(statement: CompiledQuery<P>, values: P) =>
    pool.query(
      statement.sql,
      statement.order.map((name) => values[name]),
    );

  const ways: Way[] = [];
  const add = (path: string, way: string, call: (i: number) => Promise<unknown>) => ways.push({ path, way, call });

  add('session check', 'app (SessionsRepository.isActive)', () => sessionsRepository.isActive(ownerId, sessionId));
  add('session check', 'compiled', () => sessionCheck.first({ userId: ownerId, sessionId }));
  add('session check', 'query builder getRawOne', () =>
    sessions
      .createQueryBuilder('s')
      .select('1', 'one')
      .where('s.id = :sessionId', { sessionId })
      .andWhere('s.userId = :userId', { userId: ownerId })
      .andWhere('s.revokedAt IS NULL AND s.expiresAt > now()')
      .getRawOne(),
  );
  add('session check', 'Repository.existsBy', () =>
    sessions.existsBy({
      id: sessionId,
      userId: ownerId,
      revokedAt: IsNull(),
      expiresAt: Raw((column) => `${column} > now()`),
    }),
  );
  add('session check', 'pg', () => plain(sessionCheck, { userId: ownerId, sessionId }));

  add('get task', 'app (TasksRepository.findOne)', (i) => tasksRepository.findOne(ownerId, pick(i)));
  add('get task', 'compiled', (i) => getTask.first({ ownerId, id: pick(i) }));
  add('get task', 'query builder getOne', (i) =>
    tasks
      .createQueryBuilder('t')
      .where('t.ownerId = :ownerId AND t.id = :id', { ownerId, id: pick(i) })
      .getOne(),
  );
  add('get task', 'query builder getRawOne', (i) =>
    select()
      .andWhere('t.id = :id')
      .setParameters({ ownerId, id: pick(i) })
      .getRawOne(),
  );
  add('get task', 'Repository.findOneBy', (i) => tasks.findOneBy({ id: pick(i), ownerId }));
  add('get task', 'pg', (i) => plain(getTask, { ownerId, id: pick(i) }));

  add('list 21 rows', 'app (TasksRepository.list)', () =>
    tasksRepository.list(ownerId, {}, order, undefined, PAGE, now),
  );
  add('list 21 rows', 'compiled per list shape', () => listShape().rows({ ownerId }));
  add('list 21 rows', 'query builder getMany', () =>
    tasks
      .createQueryBuilder('t')
      .where('t.ownerId = :ownerId', { ownerId })
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(PAGE)
      .getMany(),
  );
  add('list 21 rows', 'query builder getRawMany', () =>
    order.apply(select().setParameters({ ownerId }), PAGE).getRawMany(),
  );
  add('list 21 rows', 'Repository.find', () =>
    tasks.find({ where: { ownerId }, order: { createdAt: 'DESC', id: 'DESC' }, take: PAGE }),
  );
  add('list 21 rows', 'pg', () => plain(listShape(), { ownerId }));

  add('create', 'app (TasksRepository.insert)', (i) => tasksRepository.insert(writerId, fields(i)));
  add('create', 'compiled', (i) => insertTask.first({ ownerId: writerId, ...fields(i) }));
  add('create', 'insert().returning()', (i) =>
    tasks
      .createQueryBuilder()
      .insert()
      .values({ ...fields(i), ownerId: writerId })
      .returning(returned)
      .updateEntity(false)
      .execute(),
  );
  add('create', 'Repository.insert', (i) => tasks.insert({ ...fields(i), ownerId: writerId }));
  add('create', 'Repository.save', (i) => tasks.save(tasks.create({ ...fields(i), ownerId: writerId })));
  add('create', 'pg', (i) => plain(insertTask, { ownerId: writerId, ...fields(i) }));

  add('complete', 'app (TasksRepository.complete)', (i) =>
    tasksRepository.complete(ownerId, pick(i), null, new Date()),
  );
  add('complete', 'compiled', (i) => completeTask.first({ ownerId, id: pick(i), completed: null, now: new Date() }));
  add('complete', 'update().returning()', (i) =>
    toggle()
      .setParameters({ ownerId, id: pick(i), completed: null, now: new Date() })
      .returning(returned)
      .updateEntity(false)
      .execute(),
  );
  add('complete', 'Repository.update + findOneBy', async (i) => {
    const id = pick(i);
    await tasks.update({ id, ownerId }, { completed: () => 'NOT completed', completedAt: new Date() });
    return tasks.findOneBy({ id, ownerId });
  });
  add('complete', 'findOneBy + save', async (i) => {
    const task = await tasks.findOneBy({ id: pick(i), ownerId });
    task!.completed = !task!.completed;
    task!.completedAt = task!.completed ? new Date() : null;
    return tasks.save(task!);
  });
  add('complete', 'pg', (i) => plain(completeTask, { ownerId, id: pick(i), completed: null, now: new Date() }));
  return ways;
}

interface Measured extends Way {
  cpu: number[];
  wall: number[];
}

/** Rounds interleave the ways, so that a busier moment of a shared machine falls on all of them. */
async function measure(ways: Way[]): Promise<Measured[]> {
  const measured: Measured[] = ways.map((way) => ({ ...way, cpu: [], wall: [] }));
  for (const way of measured) for (let i = 0; i < Math.min(N, 200); i++) await way.call(i);
  for (let round = 0; round < ROUNDS; round++) {
    for (const way of measured) {
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      for (let i = 0; i < N; i++) await way.call(i);
      const used = process.cpuUsage(cpu);
      way.cpu.push((used.user + used.system) / N);
      way.wall.push(Number(process.hrtime.bigint() - started) / 1000 / N);
    }
  }
  return measured;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function formatTable(measured: Measured[]): string {
  const rows = measured.map((m) => {
    const compiled = measured.find((other) => other.path === m.path && other.way.startsWith('compiled'))!;
    return [
      m.path,
      m.way,
      median(m.cpu).toFixed(0),
      `${((100 * median(m.cpu)) / median(compiled.cpu)).toFixed(0)} %`,
      median(m.wall).toFixed(0),
    ];
  });
  const header = ['path', 'way', 'Node CPU µs/call', 'vs compiled', 'wall µs/call'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
