import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

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
const SORTS = ['createdAt', 'updatedAt', 'dueAt', 'priority', 'title'].flatMap((s) => [s, `-${s}`]);

/** -1, 0 or 1 in the documented order of `sort`, the id breaking ties. */
function compare(a: Task, b: Task, sort: string): number {
  const field = sort.replace('-', '');
  const key = (t: Task): number | string => {
    if (field === 'priority') return PRIORITIES.indexOf(t.priority);
    if (field === 'title') return t.title.toLowerCase();
    if (field === 'dueAt' && t.dueAt === null) return sort.startsWith('-') ? -Infinity : Infinity;
    return Date.parse(t[field] as string);
  };
  const [ka, kb] = [key(a), key(b)];
  const cmp = ka !== kb ? (ka < kb ? -1 : 1) : a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
  return sort.startsWith('-') ? -cmp : cmp;
}

/** A small deterministic generator, so a failure replays the same data. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
}

function taskSpec(pick: (n: number) => number, label: string): Record<string, unknown> {
  const day = pick(4);
  return {
    title: `${['alpha', 'Alpha', 'beta', 'gamma'][pick(4)]} ${label}`.slice(0, pick(2) ? 5 : 255),
    priority: PRIORITIES[pick(4)],
    dueAt: day === 3 ? null : `2031-0${day + 1}-15T12:00:00.000Z`,
  };
}

describe('GET /api/tasks keyset paging', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  /** t0…t{n-1}, one second apart in creation and update time, so their order never rests on the clock. */
  async function createSeries(user: TestUser, n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const task = await createTask(app, user, { title: `t${i}` });
      const at = new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString();
      await db.query(`UPDATE tasks SET created_at = $2, updated_at = $2 WHERE id = $1`, [task.id, at]);
    }
  }

  async function page(user: TestUser, query: string, cursor?: string | null) {
    const suffix = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await http().get(`/api/tasks?${query}${suffix}`).set(user.auth).expect(200);
    return res.body as { items: Task[]; nextCursor: string | null };
  }

  it.each(SORTS)('walks sort=%s without repeating or skipping while tasks are added between pages', async (sort) => {
    const user = await registerUser(app);
    const pick = random(sort.length * 7919 + (sort.startsWith('-') ? 1 : 0));
    const initial: Task[] = [];
    for (let i = 0; i < 9; i++) initial.push((await createTask(app, user, taskSpec(pick, `#${i}`))) as Task);
    // Equal timestamps on some rows, so ties are crossed by page boundaries too.
    await db.query(
      `UPDATE tasks SET created_at = '2020-01-01T00:00:00Z', updated_at = '2020-01-02T00:00:00Z'
                    WHERE id = ANY($1)`,
      [initial.slice(0, 4).map((t) => t.id)],
    );

    const seen: Task[] = [];
    const added: string[] = [];
    let cursor: string | null = null;
    do {
      const body = await page(user, `sort=${sort}&limit=2`, cursor);
      seen.push(...body.items);
      cursor = body.nextCursor;
      // Going up by time, each new row lands after the cursor: bounded, so the walk still ends.
      if (added.length < 8) {
        for (let i = 0; i < 2; i++) added.push((await createTask(app, user, taskSpec(pick, `new ${added.length}`))).id);
      }
    } while (cursor);

    const ids = seen.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const task of initial) expect(ids).toContain(task.id);
    for (let i = 1; i < seen.length; i++) expect(compare(seen[i - 1], seen[i], sort)).toBe(-1);
    const addedSeen = ids.filter((id) => added.includes(id));
    // Newer rows sort after the last page going up and before the first page going down.
    if (sort === 'createdAt' || sort === 'updatedAt') expect(addedSeen).toEqual(added);
    if (sort === '-createdAt' || sort === '-updatedAt') expect(addedSeen).toEqual([]);
  });

  it('keeps its place when the row the cursor names is deleted', async () => {
    const user = await registerUser(app);
    await createSeries(user, 5);
    const first = await page(user, 'sort=title&limit=2');
    await http().delete(`/api/tasks/${first.items[1].id}`).set(user.auth).expect(204);
    const second = await page(user, 'sort=title&limit=2', first.nextCursor);
    expect(second.items.map((t) => t.title)).toEqual(['t2', 't3']);
  });

  it('leaves a walk by creation time untouched by edits between pages', async () => {
    const user = await registerUser(app);
    await createSeries(user, 6);
    const first = await page(user, 'sort=createdAt&limit=2');
    for (const title of ['t0', 't3']) {
      const id = (await page(user, 'sort=createdAt&limit=100')).items.find((t) => t.title === title)!.id;
      await http()
        .patch(`/api/tasks/${id}`)
        .set(user.auth)
        .send({ title: `${title}!`, priority: 'high' })
        .expect(200);
    }
    const second = await page(user, 'sort=createdAt&limit=10', first.nextCursor);
    expect(second.items.map((t) => t.title)).toEqual(['t2', 't3!', 't4', 't5']);
  });

  it('in -updatedAt order, an edited task moves to the front and is not shown again on later pages', async () => {
    const user = await registerUser(app);
    await createSeries(user, 6);
    const first = await page(user, 'sort=-updatedAt&limit=2');
    expect(first.items.map((t) => t.title)).toEqual(['t5', 't4']);
    // t4 was seen already; t1 was not, and moves above the cursor, so this walk no longer reaches it.
    for (const task of [first.items[1], (await page(user, 'sort=-updatedAt&limit=100')).items[4]]) {
      await http().patch(`/api/tasks/${task.id}`).set(user.auth).send({ priority: 'low' }).expect(200);
    }
    const rest = await page(user, 'sort=-updatedAt&limit=10', first.nextCursor);
    expect(rest.items.map((t) => t.title)).toEqual(['t3', 't2', 't0']);
    const fresh = await page(user, 'sort=-updatedAt&limit=2');
    expect(fresh.items.map((t) => t.title)).toEqual(['t1', 't4']);
  });

  it('in updatedAt order, an edited task moves to the end, where the walk meets it again', async () => {
    const user = await registerUser(app);
    await createSeries(user, 4);
    const first = await page(user, 'sort=updatedAt&limit=2');
    await http().patch(`/api/tasks/${first.items[0].id}`).set(user.auth).send({ priority: 'low' }).expect(200);
    const rest = await page(user, 'sort=updatedAt&limit=10', first.nextCursor);
    expect(rest.items.map((t) => t.title)).toEqual(['t2', 't3', 't0']);
  });

  describe('cursor checks', () => {
    let user: TestUser;
    let cursor: string;
    const query = 'sort=title&tag=home&dueAfter=2031-01-01&limit=1';

    beforeAll(async () => {
      user = await registerUser(app);
      for (let i = 0; i < 3; i++) await createTask(app, user, { title: `t${i}`, tags: ['home'], dueAt: '2031-05-01' });
      cursor = (await page(user, query)).nextCursor!;
    });

    async function expectCursorRefused(q: string, c: string) {
      const res = await http()
        .get(`/api/tasks?${q}&cursor=${encodeURIComponent(c)}`)
        .set(user.auth)
        .expect(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    }

    it('continues with the same filters, spelled differently, and any limit', async () => {
      const next = await page(user, 'sort=title&tag=HOME&dueAfter=2031-01-01T00:00:00Z&limit=5', cursor);
      expect(next.items.map((t) => t.title)).toEqual(['t1', 't2']);
    });

    it.each([
      ['another sort', 'sort=-title&tag=home&dueAfter=2031-01-01'],
      ['the default sort', 'tag=home&dueAfter=2031-01-01'],
      ['another filter value', 'sort=title&tag=work&dueAfter=2031-01-01'],
      ['a filter dropped', 'sort=title&tag=home'],
      ['a filter added', 'sort=title&tag=home&dueAfter=2031-01-01&completed=false'],
    ])('refuses a cursor reused with %s', async (_label, q) => {
      await expectCursorRefused(q, cursor);
    });

    it('refuses an edited cursor, even one that still decodes', async () => {
      const [payload, mac] = cursor.split('.');
      const values = JSON.parse(Buffer.from(payload, 'base64url').toString());
      values[1] = 'a';
      const edited = Buffer.from(JSON.stringify(values)).toString('base64url');
      await expectCursorRefused(query, `${edited}.${mac}`);
      await expectCursorRefused(query, `${payload}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`);
      await expectCursorRefused(query, payload);
      await expectCursorRefused(query, `${cursor}.x`);
      await expectCursorRefused(query, `${payload}x.${mac}`);
      await expectCursorRefused(query, '%%%');
    });
  });
});
