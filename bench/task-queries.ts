import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { Tag } from '../src/tasks/tag.entity';
import { TaskListOrder, TASK_SORTS, type TaskFilters } from '../src/tasks/task-query.builder';
import { Task } from '../src/tasks/task.entity';
import { TasksRepository } from '../src/tasks/tasks.repository';
import { TAG_LIST_LIMIT } from '../src/tasks/tasks.service';

/**
 * Times every list query shape for the user with the most tasks (as made by `npm run seed`) and
 * shows which indexes its plan uses. The SQL is built by the same code the list endpoint runs.
 *   npm run bench:tasks -- --database-url postgres://… [--runs 9]
 */
const { values } = parseArgs({
  options: { 'database-url': { type: 'string' }, runs: { type: 'string', default: '9' } },
});
const PAGE = 21; // a default page of 20, plus the row that tells whether there is a next page

interface Shape {
  name: string;
  sort: (typeof TASK_SORTS)[number];
  filters?: TaskFilters;
  deep?: boolean;
}

const now = new Date();
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const SHAPES: Shape[] = [
  ...TASK_SORTS.map((sort) => ({ name: `sort=${sort}`, sort })),
  ...TASK_SORTS.map((sort) => ({ name: `sort=${sort}, page at row 50,000`, sort, deep: true })),
  { name: 'completed=true', sort: '-createdAt', filters: { completed: true } },
  { name: 'completed=false', sort: '-createdAt', filters: { completed: false } },
  { name: 'priority=high', sort: '-createdAt', filters: { priority: 'high' } },
  { name: 'tag=home', sort: '-createdAt', filters: { tag: 'home' } },
  { name: 'tag=unused (no match)', sort: '-createdAt', filters: { tag: 'unused' } },
  { name: 'tag=<least used tag>', sort: '-createdAt', filters: { tag: 'RAREST' } },
  { name: 'q=milk', sort: '-createdAt', filters: { q: 'milk' } },
  { name: 'q=#4242 (rare)', sort: '-createdAt', filters: { q: '#4242' } },
  { name: 'q=zzz (no match)', sort: '-createdAt', filters: { q: 'zzz' } },
  { name: 'q=a (too short for trigrams)', sort: '-createdAt', filters: { q: 'a' } },
  { name: 'dueAfter+dueBefore (one week)', sort: '-createdAt', filters: { dueAfter: now, dueBefore: days(7) } },
  { name: 'dueAfter+dueBefore, sort=dueAt', sort: 'dueAt', filters: { dueAfter: now, dueBefore: days(7) } },
  { name: 'overdue=true', sort: '-createdAt', filters: { overdue: true } },
  { name: 'overdue=true, sort=dueAt', sort: 'dueAt', filters: { overdue: true } },
  { name: 'overdue=false', sort: '-createdAt', filters: { overdue: false } },
  { name: 'remindBefore=now+1d', sort: '-createdAt', filters: { remindBefore: days(1) } },
  { name: 'remindBefore=now+1d, sort=dueAt', sort: 'dueAt', filters: { remindBefore: days(1) } },
  { name: 'completed=false, sort=dueAt', sort: 'dueAt', filters: { completed: false } },
  { name: 'completed=false&tag=work, sort=-priority', sort: '-priority', filters: { completed: false, tag: 'work' } },
  { name: 'tag=home&priority=high, sort=dueAt', sort: 'dueAt', filters: { tag: 'home', priority: 'high' } },
  { name: 'q=milk, sort=title', sort: 'title', filters: { q: 'milk' } },
  { name: 'completed=true&q=zzz, sort=-updatedAt', sort: '-updatedAt', filters: { completed: true, q: 'zzz' } },
];

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function scans(node: PlanNode): string[] {
  const own = /Scan/.test(node['Node Type'])
    ? [`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}`]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

async function main(): Promise<void> {
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL or pass --database-url');
  const runs = Number(values.runs);
  const db = await new DataSource(dataSourceOptions({ url, poolSize: 1, statementTimeoutMs: 600_000 })).initialize();
  try {
    const [owner] = (await db.query(
      `SELECT owner_id AS id, count(*)::int AS n FROM tasks GROUP BY owner_id ORDER BY n DESC LIMIT 1`,
    )) as { id: string; n: number }[];
    console.log(`user ${owner.id}: ${owner.n} tasks; ${await db.query('SELECT version()').then((r) => r[0].version)}`);
    const tasks = new TasksRepository(db.getRepository(Task), db.getRepository(Tag));
    const build = (shape: Shape, limit: number, offset = 0, after?: unknown[]) => {
      const order = new TaskListOrder(shape.sort);
      const qb = tasks.listQuery(owner.id, shape.filters ?? {}, order, after, limit, now).offset(offset);
      return { order, qb };
    };
    const [rarest] = (await db.query(
      `SELECT name, task_count FROM tags WHERE owner_id = $1 ORDER BY task_count, name LIMIT 1`,
      [owner.id],
    )) as { name: string; task_count: number }[];
    console.log(`least used tag: ${rarest.name} on ${rarest.task_count} tasks`);
    console.log(`median of ${runs} runs of each query, after one warm-up\n`);
    console.log('| query shape | rows | median ms | max ms | plan scans |');
    console.log('|---|---|---|---|---|');

    for (const shape of SHAPES) {
      if (shape.filters?.tag === 'RAREST') shape.filters.tag = rarest.name;
      let { qb } = build(shape, PAGE);
      if (shape.deep) {
        const probe = build(shape, 1, 50_000);
        const [middle] = await probe.qb.getRawMany<Task>();
        qb = build(shape, PAGE, 0, probe.order.positionOf(middle)).qb;
      }
      // The list endpoint answers a tag the user has never used from the tags table alone.
      const [sql, params] =
        shape.filters?.tag === 'unused'
          ? ['SELECT 1 FROM tags WHERE owner_id = $1 AND name = $2', [owner.id, 'unused']]
          : qb.getQueryAndParameters();
      const [
        {
          'QUERY PLAN': [plan],
        },
      ] = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i <= runs; i++) {
        const started = process.hrtime.bigint();
        rows = (await db.query(sql, params)).length;
        if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)].toFixed(2);
      const used = [...new Set(scans(plan.Plan as PlanNode))].join(', ');
      console.log(`| ${shape.name} | ${rows} | ${median} | ${times[times.length - 1].toFixed(2)} | ${used} |`);
    }
    for (const [name, [sql, params]] of [
      ['GET /api/tasks/stats?tz=Europe/Paris', tasks.statsQuery(owner.id, now, 'Europe/Paris').getQueryAndParameters()],
      ['GET /api/tags', tasks.tagsQuery(owner.id, TAG_LIST_LIMIT).getQueryAndParameters()],
    ] as const) {
      const [
        {
          'QUERY PLAN': [plan],
        },
      ] = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [...params]);
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const started = process.hrtime.bigint();
        await db.query(sql, [...params]);
        if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      const used = [...new Set(scans(plan.Plan as PlanNode))].join(', ');
      const median = times[Math.floor(times.length / 2)].toFixed(2);
      console.log(`| ${name} | 1 query | ${median} | ${times[times.length - 1].toFixed(2)} | ${used} |`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
