import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EventLogRepository } from '../src/events/event-log.repository';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

interface Change {
  op: 'upsert' | 'delete';
  task?: { id: string; title: string; version: number; deletedAt?: string };
  id?: string;
  deletedAt?: string;
}

describe('changes feed: GET /api/tasks/changes', () => {
  let app: NestFastifyApplication;
  let http: ReturnType<NestFastifyApplication['getHttpServer']>;
  beforeAll(async () => {
    app = await createTestApp();
    http = app.getHttpServer();
  });
  afterAll(() => app.close());

  const feed = (user: TestUser, query: Record<string, string | number> = {}) =>
    request(http).get('/api/tasks/changes').query(query).set(user.auth);

  it('starts with a full sync of every task, then gives each later change once, at its latest position', async () => {
    const user = await registerUser(app);
    const kept = await createTask(app, user, { title: 'kept' });
    const gone = await createTask(app, user, { title: 'gone' });
    const full = await feed(user).expect(200);
    expect(full.body.hasMore).toBe(false);
    expect((full.body.changes as Change[]).map((c) => c.task!.title).sort()).toEqual(['gone', 'kept']);

    await request(http).patch(`/api/tasks/${kept.id}`).set(user.auth).send({ title: 'kept 2' }).expect(200);
    await request(http).patch(`/api/tasks/${kept.id}`).set(user.auth).send({ title: 'kept 3' }).expect(200);
    await request(http).delete(`/api/tasks/${gone.id}`).set(user.auth).expect(204);
    const trashed = await feed(user, { since: full.body.cursor }).expect(200);
    expect(trashed.body.changes[1]).toEqual({
      op: 'upsert',
      task: expect.objectContaining({ id: gone.id, version: 2, deletedAt: expect.any(String) }),
    });
    await request(http).delete(`/api/tasks/trash/${gone.id}`).set(user.auth).expect(204);
    const added = await createTask(app, user, { title: 'added' });

    const next = await feed(user, { since: full.body.cursor }).expect(200);
    const changes = next.body.changes as Change[];
    expect(changes).toHaveLength(3);
    expect(changes[0]).toEqual({
      op: 'upsert',
      task: expect.objectContaining({ id: kept.id, title: 'kept 3', version: 3 }),
    });
    expect(changes[1]).toEqual({ op: 'delete', id: gone.id, deletedAt: expect.any(String) });
    expect(changes[2]).toMatchObject({ op: 'upsert', task: { id: added.id, version: 1 } });
    expect(next.body.hasMore).toBe(false);

    const quiet = await feed(user, { since: next.body.cursor }).expect(200);
    expect(quiet.body).toEqual({ changes: [], cursor: next.body.cursor, hasMore: false });
  });

  it('pages with limit, following the cursor while hasMore, in the full sync and after it', async () => {
    const user = await registerUser(app);
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await createTask(app, user)).id);
    let cursor: string | undefined;
    const synced = new Set<string>();
    for (let more = true; more;) {
      const res = await feed(user, { limit: 2, ...(cursor ? { since: cursor } : {}) }).expect(200);
      expect(res.body.changes.length).toBeLessThanOrEqual(2);
      for (const change of res.body.changes as Change[]) synced.add(change.task!.id);
      ({ cursor, hasMore: more } = res.body as { cursor: string; hasMore: boolean });
    }
    expect(synced).toEqual(ids);
    for (const id of ids) await request(http).patch(`/api/tasks/${id}`).set(user.auth).send({ title: 'again' });
    const changed: string[] = [];
    for (let more = true; more;) {
      const res = await feed(user, { limit: 2, since: cursor! }).expect(200);
      changed.push(...(res.body.changes as Change[]).map((c) => c.task!.id));
      ({ cursor, hasMore: more } = res.body as { cursor: string; hasMore: boolean });
    }
    expect(changed.sort()).toEqual([...ids].sort());
  });

  it("shows nothing of another user's tasks and refuses their cursor or a malformed one with 422", async () => {
    const owner = await registerUser(app);
    const other = await registerUser(app);
    await createTask(app, owner);
    const own = await feed(owner).expect(200);
    expect((await feed(other).expect(200)).body.changes).toEqual([]);
    for (const since of [own.body.cursor as string, 'not-a-cursor', `${own.body.cursor as string}x`]) {
      const res = await feed(other, { since }).expect(422);
      expect(res.body.errors).toEqual([{ field: 'since', message: expect.any(String) }]);
    }
    for (const limit of [0, 1001, 'x']) await feed(owner, { limit }).expect(422);
  });

  it('answers 410 sync-expired to a cursor older than the changes kept', async () => {
    const user = await registerUser(app);
    const old = (await feed(user).expect(200)).body.cursor as string;
    await createTask(app, user);
    // Its changes are made older than the retention (others' stay as they are), then the upkeep runs.
    await app
      .get(DataSource)
      .query(`UPDATE events SET created_at = created_at - interval '31 days' WHERE user_id = $1`, [user.id]);
    await app.get(EventLogRepository).prune(new Date(Date.now() - 30 * 86_400_000));
    const res = await feed(user, { since: old }).expect(410);
    expect(res.body).toMatchObject({ type: 'urn:todo-api:problem:sync-expired', status: 410 });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fresh = await feed(user).expect(200);
    expect(fresh.body.changes).toHaveLength(1);
    await feed(user, { since: fresh.body.cursor }).expect(200);
  });
});
