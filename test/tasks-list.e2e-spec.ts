import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { freezeClock, type TestClock } from './support/clock';
import { ascending, sorted } from './support/sort';
import { expectProblem } from './support/http';

interface Task {
  id: string;
  title: string;
  priority: string;
  dueAt: string | null;
  createdAt: string;
  updatedAt: string;
  [key: string]: unknown;
}

const PRIORITIES = ['none', 'low', 'medium', 'high'];
const SORTS = ['createdAt', 'updatedAt', 'dueAt', 'priority', 'title'] as const;

/** The documented order: the key (no due date last either way), then the id, both in the sort's direction. */
function expectedOrder(tasks: Task[], sort: string): string[] {
  const descending = sort.startsWith('-');
  const field = sort.replace('-', '') as (typeof SORTS)[number];
  const key = (t: Task): number | string => {
    if (field === 'priority') return PRIORITIES.indexOf(t.priority);
    if (field === 'title') return t.title.toLowerCase();
    return Date.parse(t[field] as string);
  };
  return [...tasks]
    .sort((a, b) => {
      if (field === 'dueAt' && (a.dueAt === null) !== (b.dueAt === null)) return a.dueAt === null ? 1 : -1;
      const bothMissing = field === 'dueAt' && a.dueAt === null;
      const byKey = bothMissing ? 0 : ascending(key)(a, b);
      const cmp = byKey !== 0 ? byKey : ascending((t: Task) => t.id)(a, b);
      return descending ? -cmp : cmp;
    })
    .map((t) => t.id);
}

describe('GET /api/tasks filters, sorts and parameters', () => {
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function list(user: TestUser, query: string): Promise<Task[]> {
    const res = await http().get(`/api/tasks?${query}`).set(user.auth).expect(200);
    return res.body.items as Task[];
  }

  async function listAll(user: TestUser, query: string, limit = 2): Promise<Task[]> {
    const items: Task[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await http().get(`/api/tasks?${query}&limit=${limit}${suffix}`).set(user.auth).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return items;
  }

  const titles = (tasks: Task[]) => sorted(tasks.map((t) => t.title));

  describe('sorting', () => {
    let user: TestUser;
    let tasks: Task[];

    beforeAll(async () => {
      user = await registerUser(app);
      const specs = [
        { title: 'banana', priority: 'high', dueAt: '2031-01-02T00:00:00.000Z' },
        { title: 'Apple', priority: 'low' },
        { title: 'cherry', priority: 'high', dueAt: '2031-01-01T00:00:00.000Z' },
        { title: 'apple', priority: 'none', dueAt: '2031-01-02T00:00:00.000Z' },
        { title: 'date', priority: 'medium' },
        { title: 'Banana', priority: 'low', dueAt: '2031-01-03T00:00:00.000Z' },
        { title: 'elder', priority: 'none', dueAt: '2030-12-31T23:59:59.999Z' },
      ];
      const created: Task[] = [];
      for (const spec of specs) created.push((await createTask(app, user, spec)) as Task);
      // Ties on the timestamps too: the id must decide between equal keys.
      const ids = created.map((t) => t.id);
      await app
        .get(DataSource)
        .query(
          `UPDATE tasks SET created_at = '2030-06-01T00:00:00Z', updated_at = '2030-06-02T00:00:00Z' WHERE id = ANY($1)`,
          [ids.slice(0, 3)],
        );
      await app
        .get(DataSource)
        .query(`UPDATE tasks SET updated_at = '2030-06-02T00:00:00Z' WHERE id = ANY($1)`, [ids.slice(5)]);
      tasks = (await list(user, 'limit=100')) as Task[];
      expect(tasks).toHaveLength(specs.length);
    });

    it('defaults to newest first', async () => {
      expect((await list(user, 'limit=100')).map((t) => t.id)).toEqual(expectedOrder(tasks, '-createdAt'));
    });

    it.each(SORTS.flatMap((s) => [s, `-${s}`]))(
      'sorts by %s, ties by id, in one page and in pages of 2',
      async (sort) => {
        const expected = expectedOrder(tasks, sort);
        expect((await list(user, `sort=${sort}&limit=100`)).map((t) => t.id)).toEqual(expected);
        expect((await listAll(user, `sort=${sort}`)).map((t) => t.id)).toEqual(expected);
      },
    );

    it('puts tasks without a due date last in both directions', async () => {
      const up = await list(user, 'sort=dueAt&limit=100');
      const down = await list(user, 'sort=-dueAt&limit=100');
      expect(up.slice(-2).every((t) => t.dueAt === null)).toBe(true);
      expect(down.slice(-2).every((t) => t.dueAt === null)).toBe(true);
      expect(up[0].title).toBe('elder');
      expect(down[0].title).toBe('Banana');
    });

    it('orders priority none < low < medium < high', async () => {
      const up = (await list(user, 'sort=priority&limit=100')).map((t) => t.priority);
      expect(up).toEqual(['none', 'none', 'low', 'low', 'medium', 'high', 'high']);
    });

    it('sorts titles case-insensitively', async () => {
      const up = (await list(user, 'sort=title&limit=100')).map((t) => t.title.toLowerCase());
      expect(up).toEqual(['apple', 'apple', 'banana', 'banana', 'cherry', 'date', 'elder']);
    });
  });

  describe('filters', () => {
    let user: TestUser;
    // "Now" for overdue and the relative fixtures, set on the application's clock by the test.
    const NOW = Date.parse('2030-06-01T12:00:00.000Z');
    const past = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();
    const future = (hours: number) => new Date(NOW + hours * 3_600_000).toISOString();
    let clock: TestClock;
    afterAll(() => clock.restore());

    beforeAll(async () => {
      clock = freezeClock(app, NOW);
      user = await registerUser(app);
      const specs: Record<string, unknown>[] = [
        { title: 'Buy milk', priority: 'high', tags: ['home', 'errands'], dueAt: past(2), remindAt: past(3) },
        { title: 'Pay rent', description: 'MILK money too', priority: 'medium', tags: ['home'], dueAt: future(2) },
        { title: 'File taxes', priority: 'low', tags: ['work'], dueAt: past(48), completed: true },
        { title: '100% done', tags: ['work'], remindAt: future(1) },
        { title: '100 done', dueAt: '2031-01-01T00:00:00.000Z', remindAt: '2030-12-31T00:00:00.000Z' },
        { title: 'a_b', description: 'c:\\temp', completed: true, remindAt: past(1) },
        { title: 'axb', dueAt: '2031-01-02T00:00:00.000Z' },
      ];
      for (const spec of specs) await createTask(app, user, spec);
    });

    it.each([
      ['completed=true', ['File taxes', 'a_b']],
      ['completed=false', ['Buy milk', 'Pay rent', '100% done', '100 done', 'axb']],
      ['priority=high', ['Buy milk']],
      ['priority=none', ['100% done', '100 done', 'a_b', 'axb']],
      ['tag=home', ['Buy milk', 'Pay rent']],
      ['tag=%20HOME%20', ['Buy milk', 'Pay rent']],
      ['tag=errands', ['Buy milk']],
      ['tag=nothing', []],
      ['q=milk', ['Buy milk', 'Pay rent']],
      ['q=MiLk', ['Buy milk', 'Pay rent']],
      ['q=100%25', ['100% done']],
      ['q=a_b', ['a_b']],
      ['q=_', ['a_b']],
      ['q=%25', ['100% done']],
      ['q=c%3A%5Ctemp', ['a_b']],
      ['q=%5C', ['a_b']],
      ['dueBefore=2031-01-02T00:00:00.000Z&dueAfter=2031-01-01T00:00:00.000Z', ['100 done']],
      ['dueAfter=2031-01-01', ['100 done', 'axb']],
      ['dueBefore=2031-01-01T00:00:00.001Z&sort=dueAt', ['Buy milk', 'Pay rent', 'File taxes', '100 done']],
      ['dueAfter=2031-01-01T00:00:00.001Z&sort=-dueAt', ['axb']],
      ['overdue=true', ['Buy milk']],
      ['overdue=false', ['Pay rent', 'File taxes', '100% done', '100 done', 'a_b', 'axb']],
      ['remindBefore=2031-01-01T00:00:00Z', ['Buy milk', '100% done', '100 done']],
      [`remindBefore=${encodeURIComponent(new Date(NOW).toISOString())}`, ['Buy milk']],
      ['completed=false&tag=home&priority=medium&q=rent', ['Pay rent']],
      ['overdue=true&tag=work', []],
    ])('%s', async (query, expected) => {
      expect(titles(await list(user, `${query}&limit=100`))).toEqual(sorted(expected));
      expect(titles(await listAll(user, query))).toEqual(sorted(expected));
    });
  });

  describe('parameter validation', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await registerUser(app);
    });

    it.each([
      ['completed=yes', 'completed'],
      ['completed=1', 'completed'],
      ['completed=TRUE', 'completed'],
      ['completed=', 'completed'],
      ['overdue=1', 'overdue'],
      ['overdue=', 'overdue'],
      ['priority=urgent', 'priority'],
      ['priority=2', 'priority'],
      ['sort=name', 'sort'],
      ['sort=created_at', 'sort'],
      ['sort=%2BdueAt', 'sort'],
      ['sort=--title', 'sort'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=1.5', 'limit'],
      ['limit=0x10', 'limit'],
      ['limit=1e1', 'limit'],
      ['limit=', 'limit'],
      ['tag=', 'tag'],
      [`tag=${'x'.repeat(33)}`, 'tag'],
      ['tag=a&tag=b', 'tag'],
      ['q=', 'q'],
      ['q=a%00b', 'q'],
      ['tag=a%00b', 'tag'],
      ['tag=a%0Ab', 'tag'],
      ['q=%20%20', 'q'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['dueBefore=tomorrow', 'dueBefore'],
      ['dueAfter=2031-02-30', 'dueAfter'],
      ['remindBefore=2031-01-01T10:00:00', 'remindBefore'],
      ['cursor=', 'cursor'],
      ['cursor=bm90IGEgY3Vyc29y', 'cursor'],
      [`cursor=${'x'.repeat(5000)}`, 'cursor'],
      ['page=2', 'page'],
      ['ownerId=00000000-0000-0000-0000-000000000000', 'ownerId'],
    ])('%s is a 422 naming %s', async (query, field) => {
      const res = await http().get(`/api/tasks?${query}`).set(user.auth).expect(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectProblem(res, 422, 'validation', [field]);
    });

    it.each([
      ['limit=2&limit=3', 'limit'],
      ['completed=true&completed=true', 'completed'],
      ['sort=title&sort=-title', 'sort'],
      ['q=a&q=b', 'q'],
    ])('a repeated parameter (%s) is a 422 saying so, not a misleading rule', async (query, field) => {
      const res = await http().get(`/api/tasks?${query}`).set(user.auth).expect(422);
      expect(res.body.errors).toEqual([{ field, message: `${field} must be given once` }]);
    });

    it('reads completed=false as false, never as a truthy string', async () => {
      await createTask(app, user, { title: 'open' });
      await createTask(app, user, { title: 'done', completed: true });
      expect((await list(user, 'completed=false')).map((t) => t.title)).toEqual(['open']);
      expect((await list(user, 'completed=true')).map((t) => t.title)).toEqual(['done']);
    });
  });
});
