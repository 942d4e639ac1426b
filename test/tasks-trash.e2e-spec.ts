import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { UpkeepService } from '../src/upkeep/upkeep.service';
import { freezeClock } from './support/clock';
import { connectDb, snapshotRows } from './support/db';
import { expectProblem, send, type Method } from './support/http';
import { injectToolCall, textOf } from './support/mcp-client';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

describe('trash: DELETE puts aside, restore undoes, purge and retention delete for good', () => {
  let app: NestFastifyApplication;
  let db: Client;
  beforeAll(async () => {
    app = await createTestApp({ TRASH_RETENTION: '30d' });
    db = await connectDb();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const call = (user: TestUser, method: Method, url: string, body?: object, headers: Record<string, string> = {}) =>
    send(app, method, url, { token: user.accessToken, body, headers });
  const trash = async (user: TestUser, id: string) =>
    expect((await call(user, 'DELETE', `/api/tasks/${id}`)).status).toBe(204);
  const trashIds = async (user: TestUser, query = '') =>
    ((await call(user, 'GET', `/api/tasks/trash${query}`)).body.items as { id: string }[]).map((t) => t.id);

  it('hides a trashed task from GET, the list, search, stats, tags and every write, until restored', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user, { title: 'needle', tags: ['home'], dueAt: '2020-01-01T00:00:00.000Z' });
    const kept = await createTask(app, user, { title: 'kept', tags: ['home'] });
    await trash(user, task.id);

    expectProblem(await call(user, 'GET', `/api/tasks/${task.id}`), 404, 'not-found');
    expect((await call(user, 'GET', '/api/tasks')).body.items).toEqual([expect.objectContaining({ id: kept.id })]);
    expect((await call(user, 'GET', '/api/tasks?q=needle')).body.items).toEqual([]);
    expect((await call(user, 'GET', '/api/tasks?overdue=true')).body.items).toEqual([]);
    expect((await call(user, 'GET', '/api/tasks/stats')).body).toMatchObject({ total: 1, active: 1, overdue: 0 });
    expect((await call(user, 'GET', '/api/tags')).body).toEqual([{ name: 'home', count: 1 }]);
    const before = await snapshotRows(db, user.id);
    for (const [method, suffix, body] of [
      ['PATCH', '', { title: 'x' }],
      ['PUT', '', { title: 'x' }],
      ['PATCH', '/complete', undefined],
      ['DELETE', '', undefined],
    ] as const) {
      expectProblem(await call(user, method, `/api/tasks/${task.id}${suffix}`, body), 404, 'not-found');
    }
    expect(await snapshotRows(db, user.id)).toEqual(before);

    const restored = await call(user, 'POST', `/api/tasks/${task.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual({ ...task, version: 3 });
    expect(restored.headers.etag).toBe('"3"');
    expect((await call(user, 'GET', `/api/tasks/${task.id}`)).body).toEqual(restored.body);
    expect((await call(user, 'GET', '/api/tags')).body).toEqual([{ name: 'home', count: 2 }]);
    expect((await call(user, 'GET', '/api/tasks/stats')).body).toMatchObject({ total: 2, overdue: 1 });
    expect(await trashIds(user)).toEqual([]);
  });

  it('lists the trash most recently deleted first, each with deletedAt, paged with an opaque cursor', async () => {
    const user = await registerUser(app);
    const clock = freezeClock(app, Date.parse('2030-01-01T00:00:00.000Z'));
    const ids: string[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const task = await createTask(app, user, { title: `t${i}` });
        clock.advance(1000);
        await trash(user, task.id);
        ids.push(task.id);
      }
      // Two deleted in the same millisecond are ordered by id.
      clock.advance(1000);
      const twins = [await createTask(app, user), await createTask(app, user)];
      for (const twin of twins) await trash(user, twin.id);
      ids.push(...twins.map((t) => t.id).sort());
    } finally {
      clock.restore();
    }
    await createTask(app, user, { title: 'not trashed' });
    const expected = [...ids].reverse();
    const first = await call(user, 'GET', '/api/tasks/trash?limit=1');
    expect(first.body.items).toEqual([
      expect.objectContaining({ id: expected[0], deletedAt: '2030-01-01T00:00:06.000Z', version: 2 }),
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(user, 'GET', `/api/tasks/trash?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...(res.body.items as { id: string }[]).map((t) => t.id));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(expected);

    const list = await call(user, 'GET', '/api/tasks?limit=1');
    for (const bad of ['nonsense', list.body.nextCursor ?? 'x.y']) {
      expectProblem(await call(user, 'GET', `/api/tasks/trash?cursor=${bad}`), 422, 'validation', ['cursor']);
    }
    expectProblem(await call(user, 'GET', '/api/tasks/trash?limit=0'), 422, 'validation', ['limit']);
  });

  it("never lists another user's trash, and answers their restore and purge with 404, changing nothing", async () => {
    const owner = await registerUser(app);
    const stranger = await registerUser(app);
    const task = await createTask(app, owner);
    await trash(owner, task.id);
    const before = await snapshotRows(db, owner.id);
    expect(await trashIds(stranger)).toEqual([]);
    expectProblem(await call(stranger, 'POST', `/api/tasks/${task.id}/restore`), 404, 'not-found');
    expectProblem(await call(stranger, 'DELETE', `/api/tasks/trash/${task.id}`), 404, 'not-found');
    expect((await call(stranger, 'DELETE', '/api/tasks/trash')).status).toBe(204);
    expect(await snapshotRows(db, owner.id)).toEqual(before);
    expect(await trashIds(owner)).toEqual([task.id]);
  });

  it('answers 404 to restoring a task that is not in the trash, and to purging one that is not', async () => {
    const user = await registerUser(app);
    const live = await createTask(app, user);
    for (const id of [live.id, randomUUID(), 'not-a-uuid']) {
      expectProblem(await call(user, 'POST', `/api/tasks/${id}/restore`), 404, 'not-found');
      expectProblem(await call(user, 'DELETE', `/api/tasks/trash/${id}`), 404, 'not-found');
    }
    expect((await call(user, 'GET', `/api/tasks/${live.id}`)).status).toBe(200);
  });

  it('takes If-Match on DELETE and restore: a stale version is a 412 with the current ETag', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    expectProblem(
      await call(user, 'DELETE', `/api/tasks/${task.id}`, undefined, { 'if-match': '"9"' }),
      412,
      'precondition-failed',
    );
    expect((await call(user, 'DELETE', `/api/tasks/${task.id}`, undefined, { 'if-match': '"1"' })).status).toBe(204);
    const stale = await call(user, 'POST', `/api/tasks/${task.id}/restore`, undefined, { 'if-match': '"1"' });
    expectProblem(stale, 412, 'precondition-failed');
    expect(stale.headers.etag).toBe('"2"');
    expect(await trashIds(user)).toEqual([task.id]);
    const restored = await call(user, 'POST', `/api/tasks/${task.id}/restore`, undefined, { 'if-match': '"2"' });
    expect([restored.status, restored.headers.etag]).toEqual([200, '"3"']);
    const gone = await call(user, 'POST', `/api/tasks/${task.id}/restore`, undefined, { 'if-match': '*' });
    expectProblem(gone, 412, 'precondition-failed');
    expect(gone.headers.etag).toBeUndefined();
  });

  it('purges one task or the whole trash for good, leaving live tasks alone', async () => {
    const user = await registerUser(app);
    const [a, b, c, live] = [
      await createTask(app, user),
      await createTask(app, user),
      await createTask(app, user),
      await createTask(app, user),
    ];
    for (const task of [a, b, c]) await trash(user, task.id);
    expect((await call(user, 'DELETE', `/api/tasks/trash/${a.id}`)).status).toBe(204);
    expect(await trashIds(user)).toEqual([c.id, b.id]);
    expect((await call(user, 'DELETE', '/api/tasks/trash')).status).toBe(204);
    expect(await trashIds(user)).toEqual([]);
    const { rows } = await db.query('SELECT id FROM tasks WHERE owner_id = $1', [user.id]);
    expect(rows).toEqual([{ id: live.id }]);
    expectProblem(await call(user, 'POST', `/api/tasks/${a.id}/restore`), 404, 'not-found');
  });

  it('replays restore and purge under an Idempotency-Key, ETag included', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    await trash(user, task.id);
    const key = { 'idempotency-key': randomUUID() };
    const first = await call(user, 'POST', `/api/tasks/${task.id}/restore`, undefined, key);
    await trash(user, task.id);
    const again = await call(user, 'POST', `/api/tasks/${task.id}/restore`, undefined, key);
    expect([again.status, again.headers.etag, again.headers['idempotent-replayed']]).toEqual([200, '"3"', 'true']);
    expect(again.body).toEqual(first.body);
    expect(await trashIds(user)).toEqual([task.id]);

    const purgeKey = { 'idempotency-key': randomUUID() };
    expect((await call(user, 'DELETE', `/api/tasks/trash/${task.id}`, undefined, purgeKey)).status).toBe(204);
    const replayed = await call(user, 'DELETE', `/api/tasks/trash/${task.id}`, undefined, purgeKey);
    expect([replayed.status, replayed.headers['idempotent-replayed']]).toEqual([204, 'true']);
  });

  it('deletes for good what has been in the trash longer than TRASH_RETENTION, at the upkeep', async () => {
    const user = await registerUser(app);
    const old = await createTask(app, user);
    const recent = await createTask(app, user);
    for (const task of [old, recent]) await trash(user, task.id);
    await db.query(`UPDATE tasks SET deleted_at = now() - interval '31 days' WHERE id = $1`, [old.id]);
    await db.query(`UPDATE tasks SET deleted_at = now() - interval '29 days' WHERE id = $1`, [recent.id]);
    const done = await app.get(UpkeepService).run();
    expect(done.trash).toBeGreaterThanOrEqual(1);
    expect(await trashIds(user)).toEqual([recent.id]);
    const feed = await call(user, 'GET', '/api/tasks/changes');
    expect(feed.body.changes).toEqual([
      { op: 'upsert', task: expect.objectContaining({ id: recent.id, deletedAt: expect.any(String) }) },
    ]);
  });

  it('refuses a TRASH_RETENTION that is not a duration at boot', async () => {
    await expect(createTestApp({ TRASH_RETENTION: 'a month' })).rejects.toThrow(/TRASH_RETENTION/);
  });

  it('moves a task to the trash from the MCP delete_task tool, which then no tool can see', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user, { title: 'from mcp' });
    const tool = (name: string, args: Record<string, unknown>) => injectToolCall(app, user.accessToken, name, args);
    const deleted = await tool('delete_task', { taskId: task.id });
    expect(deleted.structuredContent).toEqual({ taskId: task.id, status: 'deleted', title: 'from mcp' });
    expect(await trashIds(user)).toEqual([task.id]);
    expect((await tool('list_tasks', {})).structuredContent).toEqual({ tasks: [], nextCursor: null });
    for (const [name, args] of [
      ['complete_task', { taskId: task.id }],
      ['update_task', { taskId: task.id, title: 'x' }],
      ['delete_task', { taskId: task.id }],
    ] as const) {
      const result = await tool(name, args);
      expect([name, result.isError, textOf(result)]).toEqual([name, true, expect.stringMatching(/^task not found/)]);
    }
  });
});
