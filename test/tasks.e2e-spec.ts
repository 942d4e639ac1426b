import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { freezeClock } from './support/clock';
import { sorted } from './support/sort';
import { expectProblem } from './support/http';

const TASK_SHAPE = {
  id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  title: expect.any(String),
  description: null,
  completed: false,
  completedAt: null,
  priority: 'none',
  dueAt: null,
  remindAt: null,
  tags: [],
  recurrence: null,
  version: 1,
  createdAt: expect.any(String),
  updatedAt: expect.any(String),
};

describe('tasks: create, read, update, replace, delete, list', () => {
  let app: NestFastifyApplication;
  let http: ReturnType<NestFastifyApplication['getHttpServer']>;
  let db: DataSource;
  beforeAll(async () => {
    app = await createTestApp();
    http = app.getHttpServer();
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  const row = async (id: string) => (await db.query('SELECT * FROM tasks WHERE id = $1', [id]))[0];

  describe('POST /api/tasks', () => {
    it('answers 201 with the task and its Location', async () => {
      const user = await registerUser(app);
      const res = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .send({ title: '  Buy milk  ', description: 'two litres' })
        .expect(201);
      expect(res.body).toEqual({ ...TASK_SHAPE, title: 'Buy milk', description: 'two litres' });
      expect(res.headers.location).toBe(`/api/tasks/${res.body.id}`);
      expect(res.body.createdAt).toBe(res.body.updatedAt);
      expect((await row(res.body.id)).owner_id).toBe(user.id);
    });

    it('sets completedAt when created completed', async () => {
      const user = await registerUser(app);
      const clock = freezeClock(app, Date.parse('2030-06-01T12:00:00.000Z'));
      try {
        const res = await request(http).post('/api/tasks').set(user.auth).send({ title: 'done', completed: true });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ completed: true, completedAt: '2030-06-01T12:00:00.000Z' });
      } finally {
        clock.restore();
      }
    });

    it.each([
      { label: 'a 255-character title', body: { title: 't'.repeat(255) }, status: 201 },
      { label: 'a 256-character title', body: { title: 't'.repeat(256) }, status: 422, field: 'title' },
      { label: 'a missing title', body: {}, status: 422, field: 'title' },
      { label: 'an empty title', body: { title: '' }, status: 422, field: 'title' },
      { label: 'a blank title', body: { title: '   ' }, status: 422, field: 'title' },
      { label: 'a numeric title', body: { title: 42 }, status: 422, field: 'title' },
      { label: 'a 1000-character description', body: { title: 'x', description: 'd'.repeat(1000) }, status: 201 },
      {
        label: 'a 1001-character description',
        body: { title: 'x', description: 'd'.repeat(1001) },
        status: 422,
        field: 'description',
      },
      { label: 'a null description', body: { title: 'x', description: null }, status: 201 },
      { label: 'a string completed', body: { title: 'x', completed: 'true' }, status: 422, field: 'completed' },
      { label: 'an id', body: { title: 'x', id: randomUUID() }, status: 422, field: 'id' },
      { label: 'an ownerId', body: { title: 'x', ownerId: randomUUID() }, status: 422, field: 'ownerId' },
      {
        label: 'a createdAt',
        body: { title: 'x', createdAt: '2020-01-01T00:00:00.000Z' },
        status: 422,
        field: 'createdAt',
      },
      {
        label: 'a completedAt',
        body: { title: 'x', completedAt: '2020-01-01T00:00:00.000Z' },
        status: 422,
        field: 'completedAt',
      },
    ])('$label → $status', async ({ body, status, field }) => {
      const user = await registerUser(app);
      const res = await request(http).post('/api/tasks').set(user.auth).send(body);
      expect(res.status).toBe(status);
      if (field) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expectProblem(res, 422, 'validation', [field]);
      }
      const count = await db.query('SELECT count(*)::int AS n FROM tasks WHERE owner_id = $1', [user.id]);
      expect(count[0].n).toBe(status === 201 ? 1 : 0);
    });

    it('refuses a body that is not a JSON object', async () => {
      const user = await registerUser(app);
      const res = await request(http)
        .post('/api/tasks')
        .set(user.auth)
        .send([{ title: 'x' }])
        .expect(422);
      expect(res.body.errors).toEqual([{ field: 'body', message: 'the body must be a JSON object' }]);
    });
  });

  describe('GET /api/tasks/:id', () => {
    it("returns the caller's task", async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user, { title: 'read me' });
      const res = await request(http).get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
      expect(res.body).toEqual(task);
    });

    it.each(['not-a-uuid', '123', randomUUID(), `${randomUUID()}x`])('answers 404 for the id %s', async (id) => {
      const user = await registerUser(app);
      const res = await request(http).get(`/api/tasks/${id}`).set(user.auth).expect(404);
      expect(res.body).toEqual({
        type: 'urn:todo-api:problem:not-found',
        title: 'Not Found',
        status: 404,
        detail: 'No such resource.',
      });
    });
  });

  describe('PATCH /api/tasks/:id', () => {
    it('changes only the fields sent, and updatedAt', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user, {
        title: 'before',
        description: 'keep me',
        priority: 'high',
        dueAt: '2031-03-01T09:00:00.000Z',
        remindAt: '2031-03-01T08:00:00.000Z',
        tags: ['home', 'work'],
        recurrence: { frequency: 'weekly', interval: 2 },
      });
      const stored = await row(task.id);
      const res = await request(http)
        .patch(`/api/tasks/${task.id}`)
        .set(user.auth)
        .send({ title: ' after ' })
        .expect(200);
      // Every one of the task's fields compared, not just the one sent; the database stamps updatedAt.
      expect(res.body).toEqual({ ...task, title: 'after', updatedAt: expect.any(String), version: 2 });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(task.updatedAt as string));
      expect((await request(http).get(`/api/tasks/${task.id}`).set(user.auth).expect(200)).body).toEqual(res.body);
      expect(await row(task.id)).toEqual({
        ...stored,
        title: 'after',
        updated_at: new Date(res.body.updatedAt),
        version: stored.version + 1,
      });
    });

    it('clears the description with null', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user, { description: 'gone soon' });
      const res = await request(http).patch(`/api/tasks/${task.id}`).set(user.auth).send({ description: null });
      expect(res.body.description).toBeNull();
    });

    it('sets completedAt on completion and clears it on reopening', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user);
      const done = await request(http).patch(`/api/tasks/${task.id}`).set(user.auth).send({ completed: true });
      expect(done.body.completed).toBe(true);
      expect(done.body.completedAt).toEqual(expect.any(String));
      const again = await request(http).patch(`/api/tasks/${task.id}`).set(user.auth).send({ completed: true });
      expect(again.body.completedAt).toBe(done.body.completedAt);
      const reopened = await request(http).patch(`/api/tasks/${task.id}`).set(user.auth).send({ completed: false });
      expect(reopened.body).toMatchObject({ completed: false, completedAt: null });
    });

    it('refuses a null title and unknown fields with 422, changing nothing', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user, { title: 'stays' });
      for (const body of [
        { title: null },
        { title: '' },
        { userId: randomUUID() },
        { updatedAt: '2020-01-01T00:00:00Z' },
      ]) {
        await request(http).patch(`/api/tasks/${task.id}`).set(user.auth).send(body).expect(422);
      }
      expect((await row(task.id)).title).toBe('stays');
    });
  });

  describe('PUT /api/tasks/:id', () => {
    it('replaces every writable field, resetting the omitted ones to their defaults', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user, { title: 'old', description: 'old text', completed: true });
      const res = await request(http).put(`/api/tasks/${task.id}`).set(user.auth).send({ title: 'new' }).expect(200);
      expect(res.body).toEqual({
        ...TASK_SHAPE,
        id: task.id,
        title: 'new',
        version: 2,
        createdAt: task.createdAt,
      });
    });

    it('requires a title', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user);
      const res = await request(http).put(`/api/tasks/${task.id}`).set(user.auth).send({ description: 'x' });
      expect(res.status).toBe(422);
      expectProblem(res, 422, 'validation', ['title']);
    });
  });

  describe('DELETE /api/tasks/:id', () => {
    it('answers 204, after which the task is gone from its routes, kept in the trash', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user);
      const stored = await row(task.id);
      const res = await request(http).delete(`/api/tasks/${task.id}`).set(user.auth).expect(204);
      expect(res.text).toBe('');
      await request(http).get(`/api/tasks/${task.id}`).set(user.auth).expect(404);
      await request(http).delete(`/api/tasks/${task.id}`).set(user.auth).expect(404);
      // Only the trash column and the version change: a restore puts back every field, updatedAt too.
      expect(await row(task.id)).toEqual({ ...stored, deleted_at: expect.any(Date), version: 2 });
    });
  });

  describe('GET /api/tasks', () => {
    it("lists the caller's tasks newest first, 20 by default", async () => {
      const user = await registerUser(app);
      const ids: string[] = [];
      for (let i = 0; i < 22; i++) ids.push((await createTask(app, user, { title: `t${i}` })).id);
      const res = await request(http).get('/api/tasks').set(user.auth).expect(200);
      expect(res.body.items).toHaveLength(20);
      expect(res.body.items.map((t: { id: string }) => t.id)).toEqual(ids.reverse().slice(0, 20));
      expect(res.body.nextCursor).toEqual(expect.any(String));
    });

    it('pages with limit and cursor without repeating or skipping, even while tasks are added', async () => {
      const user = await registerUser(app);
      const before: string[] = [];
      for (let i = 0; i < 7; i++) before.push((await createTask(app, user)).id);
      // Several tasks in the same millisecond: the id breaks the tie.
      await db.query(
        `INSERT INTO tasks (owner_id, title, created_at, updated_at)
         SELECT $1, 'same ms ' || g, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z' FROM generate_series(1, 5) g`,
        [user.id],
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: request.Response = await request(http)
          .get('/api/tasks')
          .query({ limit: 3, ...(cursor ? { cursor } : {}) })
          .set(user.auth)
          .expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...res.body.items.map((t: { id: string }) => t.id));
        cursor = res.body.nextCursor;
        if (pages++ === 1) await createTask(app, user, { title: 'added while paging' });
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(12);
      expect(seen.slice(0, 7)).toEqual([...before].reverse());
    });

    it('ends with nextCursor null on the last page', async () => {
      const user = await registerUser(app);
      await createTask(app, user);
      const res = await request(http).get('/api/tasks?limit=1').set(user.auth).expect(200);
      expect(res.body.nextCursor).toBeNull();
      const empty = await request(http)
        .get('/api/tasks')
        .set((await registerUser(app)).auth)
        .expect(200);
      expect(empty.body).toEqual({ items: [], nextCursor: null });
    });

    it.each([
      { query: 'limit=0', field: 'limit' },
      { query: 'limit=101', field: 'limit' },
      { query: 'limit=abc', field: 'limit' },
      { query: 'limit=1.5', field: 'limit' },
      { query: 'cursor=garbage', field: 'cursor' },
      { query: `cursor=${Buffer.from('["x","y"]').toString('base64url')}`, field: 'cursor' },
      { query: 'unknown=1', field: 'unknown' },
    ])('answers 422 for $query', async ({ query, field }) => {
      const user = await registerUser(app);
      const res = await request(http).get(`/api/tasks?${query}`).set(user.auth).expect(422);
      expectProblem(res, 422, 'validation', [field]);
    });

    it('pages by limit 1 and 100 over more tasks than that', async () => {
      const user = await registerUser(app);
      await db.query(`INSERT INTO tasks (owner_id, title) SELECT $1, 'bulk ' || n FROM generate_series(1, 101) AS n`, [
        user.id,
      ]);
      const one = await request(http).get('/api/tasks?limit=1').set(user.auth).expect(200);
      expect(one.body.items).toHaveLength(1);
      expect(one.body.nextCursor).toEqual(expect.any(String));
      const hundred = await request(http).get('/api/tasks?limit=100').set(user.auth).expect(200);
      expect(hundred.body.items).toHaveLength(100);
      const rest = await request(http)
        .get(`/api/tasks?limit=100&cursor=${encodeURIComponent(hundred.body.nextCursor)}`)
        .set(user.auth)
        .expect(200);
      expect(rest.body).toEqual({
        items: [expect.objectContaining({ title: expect.stringMatching(/^bulk /) })],
        nextCursor: null,
      });
      const all = [...hundred.body.items, ...rest.body.items].map((t: { title: string }) => t.title);
      expect(sorted(all)).toEqual(sorted(Array.from({ length: 101 }, (_, i) => `bulk ${i + 1}`)));
      expect(hundred.body.items[0]).toEqual(one.body.items[0]);
    });
  });

  describe('another user', () => {
    let owner: TestUser;
    let stranger: TestUser;
    let task: { id: string };
    let own: { id: string };
    let before: Record<string, unknown>;
    beforeAll(async () => {
      owner = await registerUser(app);
      stranger = await registerUser(app);
      // The stranger has a task too, so an empty answer cannot pass for isolation.
      own = await createTask(app, stranger, { title: 'the stranger’s own' });
      task = await createTask(app, owner, { title: 'private', description: 'secret' });
      before = await row(task.id);
    });
    afterEach(async () => expect(await row(task.id)).toEqual(before));

    it('gets 404 reading it', () => request(http).get(`/api/tasks/${task.id}`).set(stranger.auth).expect(404));
    it('gets 404 patching it', () =>
      request(http).patch(`/api/tasks/${task.id}`).set(stranger.auth).send({ title: 'mine' }).expect(404));
    it('gets 404 replacing it', () =>
      request(http).put(`/api/tasks/${task.id}`).set(stranger.auth).send({ title: 'mine' }).expect(404));
    it('gets 404 deleting it', () => request(http).delete(`/api/tasks/${task.id}`).set(stranger.auth).expect(404));
    it('never sees it in a list', async () => {
      const res = await request(http).get('/api/tasks?limit=100').set(stranger.auth).expect(200);
      expect(res.body.items.map((t: { id: string }) => t.id)).toEqual([own.id]);
    });
    it("cannot page into it with a cursor made from the owner's list", async () => {
      await createTask(app, owner);
      const page = await request(http).get('/api/tasks?limit=1').set(owner.auth).expect(200);
      const res = await request(http).get(`/api/tasks?cursor=${page.body.nextCursor}`).set(stranger.auth).expect(200);
      // The owner's newest task marks the position; the stranger's only task is older, so it follows.
      expect(res.body.items.map((t: { id: string }) => t.id)).toEqual([own.id]);
    });
  });
});
