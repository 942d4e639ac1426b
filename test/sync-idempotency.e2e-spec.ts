import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UpkeepService } from '../src/upkeep/upkeep.service';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

const PROBLEM = 'urn:todo-api:problem:';

describe('idempotent retries: Idempotency-Key on task writes', () => {
  let app: NestFastifyApplication;
  let second: NestFastifyApplication;
  let db: DataSource;
  beforeAll(async () => {
    [app, second] = await Promise.all([createTestApp(), createTestApp()]);
    db = app.get(DataSource);
  });
  afterAll(() => Promise.all([app.close(), second.close()]));

  const countTasks = async (user: TestUser, title: string) =>
    (await db.query('SELECT count(*)::int AS n FROM tasks WHERE owner_id = $1 AND title = $2', [user.id, title]))[0]
      .n as number;
  const create = (user: TestUser, key: string, body: object, on = app) =>
    request(on.getHttpServer()).post('/api/tasks').set(user.auth).set('Idempotency-Key', key).send(body);

  it('replays the first answer (status, body, Location) to the same request, which does not run again', async () => {
    const user = await registerUser(app);
    const key = randomUUID();
    const first = await create(user, key, { title: 'once' }).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await create(user, key, { title: 'once' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.body).toEqual(first.body);
    expect(await countTasks(user, 'once')).toBe(1);
  });

  it('makes exactly one task of 50 concurrent identical creates with one key; the others wait (409) or replay', async () => {
    const user = await registerUser(app);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 50 }, () => create(user, key, { title: 'burst' })));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);
    const created = answers.filter((res) => res.status === 201);
    expect(created.filter((res) => res.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    expect(new Set(created.map((res) => res.body.id as string)).size).toBe(1);
    for (const res of answers.filter((r) => r.status === 409)) {
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body).toMatchObject({ type: `${PROBLEM}idempotency-key-in-flight`, status: 409 });
    }
    expect(await countTasks(user, 'burst')).toBe(1);
  });

  it('toggles once when a toggle is retried with its key', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    const key = randomUUID();
    const toggle = () =>
      request(app.getHttpServer()).patch(`/api/tasks/${task.id}/complete`).set(user.auth).set('Idempotency-Key', key);
    expect((await toggle().expect(200)).body.completed).toBe(true);
    const retried = await toggle().expect(200);
    expect(retried.body.completed).toBe(true);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const now = await request(app.getHttpServer()).get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
    expect(now.body.completed).toBe(true);
  });

  it('replays the ETag of the first answer, even after the task has moved on, and a kept 412 with its ETag', async () => {
    const user = await registerUser(app);
    const key = randomUUID();
    const first = await create(user, key, { title: 'tagged' }).expect(201);
    expect(first.headers.etag).toBe('"1"');
    const id = first.body.id as string;
    const patch = (k: string, ifMatch: string) =>
      request(app.getHttpServer())
        .patch(`/api/tasks/${id}`)
        .set(user.auth)
        .set('Idempotency-Key', k)
        .set('If-Match', ifMatch)
        .send({ title: 'edited' });
    const editKey = randomUUID();
    expect((await patch(editKey, '"1"').expect(200)).headers.etag).toBe('"2"');
    await request(app.getHttpServer()).patch(`/api/tasks/${id}`).set(user.auth).send({ title: 'third' }).expect(200);
    const again = await create(user, key, { title: 'tagged' }).expect(201);
    expect([again.headers.etag, again.headers['idempotent-replayed']]).toEqual(['"1"', 'true']);
    const edit = await patch(editKey, '"1"').expect(200);
    expect([edit.headers.etag, edit.body.title, edit.headers['idempotent-replayed']]).toEqual([
      '"2"',
      'edited',
      'true',
    ]);

    const staleKey = randomUUID();
    expect((await patch(staleKey, '"1"').expect(412)).headers.etag).toBe('"3"');
    await request(app.getHttpServer()).patch(`/api/tasks/${id}`).set(user.auth).send({ title: 'fourth' }).expect(200);
    const stale = await patch(staleKey, '"1"').expect(412);
    expect([stale.headers.etag, stale.headers['idempotent-replayed']]).toEqual(['"3"', 'true']);
  });

  it('replays a delete as 204, where running it again would be a 404', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    const key = randomUUID();
    const remove = () =>
      request(app.getHttpServer()).delete(`/api/tasks/${task.id}`).set(user.auth).set('Idempotency-Key', key);
    await remove().expect(204);
    const again = await remove().expect(204);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('answers 422 idempotency-key-reused to another method, path or body under a used key', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    const key = randomUUID();
    await create(user, key, { title: 'first' }).expect(201);
    const reused = [
      await create(user, key, { title: 'second' }),
      await request(app.getHttpServer())
        .patch(`/api/tasks/${task.id}`)
        .set(user.auth)
        .set('Idempotency-Key', key)
        .send({ title: 'first' }),
    ];
    for (const res of reused) {
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ type: `${PROBLEM}idempotency-key-reused`, status: 422 });
    }
    expect(await countTasks(user, 'second')).toBe(0);
  });

  it("keeps each user's keys apart: two users may use the same key", async () => {
    const [one, two] = [await registerUser(app), await registerUser(app)];
    const key = randomUUID();
    const a = await create(one, key, { title: 'shared key' }).expect(201);
    const b = await create(two, key, { title: 'shared key' }).expect(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('refuses a malformed key with a 422 naming the header, and runs nothing', async () => {
    const user = await registerUser(app);
    for (const key of ['x'.repeat(256), 'has space', 'tab\there', 'é']) {
      const res = await create(user, key, { title: 'malformed key' });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    }
    await create(user, 'x'.repeat(255), { title: 'longest key' }).expect(201);
    expect(await countTasks(user, 'malformed key')).toBe(0);
  });

  it('keeps a 4xx answer, and replays it', async () => {
    const user = await registerUser(app);
    const key = randomUUID();
    const first = await create(user, key, { title: '' }).expect(422);
    const again = await create(user, key, { title: '' }).expect(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toEqual(first.body);
  });

  it('does not keep a 5xx answer: the retry runs again', async () => {
    const user = await registerUser(app);
    const title = `fails once ${randomUUID()}`;
    const trigger = `fail_${randomUUID().replace(/-/g, '')}`;
    // The database refuses this one title until the trigger is dropped: a failure on our side.
    await db.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await db.query(`CREATE TRIGGER ${trigger} BEFORE INSERT ON tasks FOR EACH ROW
      WHEN (NEW.title = '${title}') EXECUTE FUNCTION ${trigger}()`);
    const key = randomUUID();
    try {
      await create(user, key, { title }).expect(500);
    } finally {
      await db.query(`DROP TRIGGER ${trigger} ON tasks`);
      await db.query(`DROP FUNCTION ${trigger}()`);
    }
    const retried = await create(user, key, { title }).expect(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await countTasks(user, title)).toBe(1);
  });

  it('shares keys between instances: a retry that reaches another instance is replayed there', async () => {
    const user = await registerUser(app);
    const key = randomUUID();
    const first = await create(user, key, { title: 'two instances' }, app).expect(201);
    const again = await create(user, key, { title: 'two instances' }, second).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await countTasks(user, 'two instances')).toBe(1);
  });

  it('leaves requests without a key as they were: each one runs', async () => {
    const user = await registerUser(app);
    await request(app.getHttpServer()).post('/api/tasks').set(user.auth).send({ title: 'no key' }).expect(201);
    await request(app.getHttpServer()).post('/api/tasks').set(user.auth).send({ title: 'no key' }).expect(201);
    expect(await countTasks(user, 'no key')).toBe(2);
  });

  it('is documented on every task write: the header, the replay marker and the 409', async () => {
    const doc = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: object }>>;
    };
    const writes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/tasks'))
      .flatMap(([, item]) => Object.entries(item).filter(([method]) => method !== 'get'));
    expect(writes.length).toBeGreaterThanOrEqual(5);
    for (const [, operation] of writes) {
      expect(operation.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['409', '422']));
    }
    const created = doc.paths['/api/tasks'].post.responses as Record<string, { headers: object }>;
    expect(Object.keys(created['201'].headers)).toContain('Idempotent-Replayed');
  });
});

describe('idempotency keys: upkeep', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('forgets a key after 24 hours: the same request then runs again', async () => {
    const user = await registerUser(app);
    const key = randomUUID();
    const create = () =>
      request(app.getHttpServer()).post('/api/tasks').set(user.auth).set('Idempotency-Key', key).send({ title: 'day' });
    const first = await create().expect(201);
    const db = app.get(DataSource);
    await db.query(
      `UPDATE idempotency_keys SET created_at = created_at - interval '25 hours' WHERE user_id = $1 AND key = $2`,
      [user.id, key],
    );
    expect((await app.get(UpkeepService).run()).keys).toBeGreaterThanOrEqual(1);
    expect(await db.query('SELECT 1 FROM idempotency_keys WHERE user_id = $1', [user.id])).toEqual([]);
    const later = await create().expect(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(later.body.id).not.toBe(first.body.id);
  });
});
