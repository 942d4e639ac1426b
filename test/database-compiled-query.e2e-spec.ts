import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { CompiledQuery, parameter } from '../src/database/compiled-query';
import { TaskListOrder } from '../src/tasks/task-query.builder';
import { Task } from '../src/tasks/task.entity';
import { TasksRepository } from '../src/tasks/tasks.repository';
import { createTask, createTestApp, registerUser } from './support/test-app';

interface SentQuery {
  query: string;
  parameters?: unknown;
}

async function statementsSentBy(db: DataSource, work: () => Promise<unknown>): Promise<SentQuery[]> {
  const sent: SentQuery[] = [];
  const recorder: EntitySubscriberInterface = {
    beforeQuery: (event) => void sent.push({ query: event.query, parameters: event.parameters }),
  };
  db.subscribers.push(recorder);
  try {
    await work();
  } finally {
    db.subscribers.splice(db.subscribers.indexOf(recorder), 1);
  }
  // The application's background work (jobs, upkeep) sends its own statements meanwhile.
  return sent.filter((statement) => statement.query.includes('"tasks"'));
}

describe(CompiledQuery.name, () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  const findTask = () =>
    db
      .getRepository(Task)
      .createQueryBuilder('t')
      .select('t.title', 'title')
      .where('t.id = :id')
      .andWhere('t.ownerId = :ownerId');

  it("sends the builder's SQL once written, with the values in the order of its $n", async () => {
    const owner = await registerUser(app);
    const task = await createTask(app, owner);
    const statement = new CompiledQuery<{ ownerId: string; id: string }, { title: string }>(findTask(), [
      'ownerId',
      'id',
    ]);
    const [builderSql] = findTask().setParameters({ id: task.id, ownerId: owner.id }).getQueryAndParameters();
    expect(statement.sql).toBe(builderSql);
    expect(statement.order).toEqual(['id', 'ownerId']);

    const sent = await statementsSentBy(db, async () => {
      expect(await statement.first({ ownerId: owner.id, id: task.id })).toEqual({ title: task.title });
    });
    expect(sent).toEqual([{ query: builderSql, parameters: [task.id, owner.id] }]);
  });

  it("finds nothing of another owner's", async () => {
    const owner = await registerUser(app);
    const other = await registerUser(app);
    const task = await createTask(app, owner);
    const statement = new CompiledQuery<{ ownerId: string; id: string }>(findTask(), ['ownerId', 'id']);
    expect(await statement.first({ ownerId: other.id, id: task.id })).toBeUndefined();
    expect(await statement.rows({ ownerId: owner.id, id: task.id })).toHaveLength(1);
  });

  it('prepares the values of columns as TypeORM does, so an INSERT sends what .values() would', async () => {
    const owner = await registerUser(app);
    const tasks = db.getRepository(Task);
    const fields = {
      ownerId: owner.id,
      title: 'compiled',
      completed: true,
      dueAt: new Date('2030-01-02T03:04:05.678Z'),
      tags: ['a', 'b'],
      recurrence: { frequency: 'weekly' as const, interval: 2, anchorDay: 2 },
    };
    type Fields = typeof fields;
    const names = Object.keys(fields) as (keyof Fields)[];
    const columns = Object.fromEntries(names.map((name) => [name, tasks.metadata.findColumnWithPropertyName(name)!]));
    const insert = new CompiledQuery<Fields, { title: string; recurrence: unknown }>(
      tasks
        .createQueryBuilder()
        .insert()
        .values(Object.fromEntries(names.map((name) => [name, parameter(name)])))
        .returning(['title', 'recurrence'])
        .updateEntity(false),
      names,
      columns,
    );
    const inline = tasks
      .createQueryBuilder()
      .insert()
      .values(fields)
      .returning(['title', 'recurrence'])
      .updateEntity(false);

    const sent = await statementsSentBy(db, async () => {
      expect(await insert.first(fields)).toEqual({ title: 'compiled', recurrence: fields.recurrence });
    });
    const [sql, parameters] = inline.getQueryAndParameters();
    expect(sent).toEqual([{ query: sql, parameters }]);
  });

  it('refuses a statement with a value that is not a named parameter, or a name it does not use', () => {
    const tasks = db.getRepository(Task);
    expect(() => new CompiledQuery(tasks.createQueryBuilder().insert().values({ title: 'inline' }), [])).toThrow(
      /not named/,
    );
    expect(
      () => new CompiledQuery<{ ownerId: string; id: string; extra: string }>(findTask(), ['ownerId', 'id', 'extra']),
    ).toThrow(/extra are not in the statement/);
  });

  it("compiles each list shape once, from the list builder's own SQL, and keeps the owner's rows apart", async () => {
    const owner = await registerUser(app);
    const other = await registerUser(app);
    const milk = await createTask(app, owner, { title: 'Buy milk', priority: 'high' });
    await createTask(app, owner, { title: 'Buy bread' });
    await createTask(app, other, { title: 'Their milk', priority: 'high' });
    const tasks = app.get(TasksRepository);
    const written = jest.spyOn(tasks, 'listQuery');
    const order = new TaskListOrder('title');
    const now = new Date();
    try {
      const list = (ownerId: string, filters: object) => tasks.list(ownerId, filters, order, undefined, 7, now);
      const sent = await statementsSentBy(db, async () => {
        expect((await list(owner.id, { q: 'milk' })).map((t) => t.id)).toEqual([milk.id]);
        expect(await list(other.id, { q: 'bread' })).toEqual([]);
      });
      expect(written).toHaveBeenCalledTimes(1);
      const [sql, parameters] = tasks
        .listQuery(owner.id, { q: 'milk' }, order, undefined, 7, now)
        .getQueryAndParameters();
      expect(sent).toEqual([
        { query: sql, parameters },
        { query: sql, parameters: [other.id, '%bread%'] },
      ]);

      expect((await list(owner.id, { q: 'milk', priority: 'high' })).map((t) => t.id)).toEqual([milk.id]);
      expect(written).toHaveBeenCalledTimes(3);
    } finally {
      written.mockRestore();
    }
  });
});
