import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { connectDb, snapshotRows } from './support/db';
import { expectProblem, send, type Method, type Reply } from './support/http';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

/** The conditional writes, each with a body that changes the task. */
const WRITES: [Method, string, object | undefined][] = [
  ['PATCH', '', { title: 'patched' }],
  ['PUT', '', { title: 'replaced', priority: 'high' }],
  ['PATCH', '/complete', undefined],
  ['DELETE', '', undefined],
];

describe('versions and conditional requests', () => {
  let app: NestFastifyApplication;
  let db: Client;
  beforeAll(async () => {
    app = await createTestApp();
    db = await connectDb();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  const call = (user: TestUser, method: Method, url: string, body?: object, headers: Record<string, string> = {}) =>
    send(app, method, url, { token: user.accessToken, body, headers });
  const get = (user: TestUser, id: string, headers: Record<string, string> = {}) =>
    call(user, 'GET', `/api/tasks/${id}`, undefined, headers);
  const etagOf = (res: Reply) => res.headers.etag;

  it('starts every task at version 1 and adds one per change, with the ETag on every answer of one task', async () => {
    const user = await registerUser(app);
    const created = await call(user, 'POST', '/api/tasks', { title: 'v' });
    expect(created.status).toBe(201);
    expect(created.body.version).toBe(1);
    expect(etagOf(created)).toBe('"1"');
    const id = created.body.id as string;

    const steps: [Method, string, object | undefined][] = [
      ['PATCH', '', { title: 'v2' }],
      ['PUT', '', { title: 'v3' }],
      ['PATCH', '/complete', { completed: true }],
      ['PATCH', '/complete', undefined],
    ];
    let version = 1;
    for (const [method, suffix, body] of steps) {
      const res = await call(user, method, `/api/tasks/${id}${suffix}`, body);
      expect(res.status).toBe(200);
      version += 1;
      expect(res.body.version).toBe(version);
      expect(etagOf(res)).toBe(`"${version}"`);
    }
    // A write that changes nothing is not a new version.
    const same = await call(user, 'PATCH', `/api/tasks/${id}`, { title: 'v3' });
    expect({ status: same.status, version: same.body.version, etag: etagOf(same) }).toEqual({
      status: 200,
      version,
      etag: `"${version}"`,
    });
    const read = await get(user, id);
    expect({ version: read.body.version, etag: etagOf(read) }).toEqual({ version, etag: `"${version}"` });
    const list = await call(user, 'GET', '/api/tasks');
    expect(list.body.items).toEqual([expect.objectContaining({ id, version })]);
    expect(etagOf(list)).toBeUndefined();
  });

  it('refuses a version sent by the client with a 422 naming it', async () => {
    const user = await registerUser(app);
    const task = await createTask(app, user);
    const before = await snapshotRows(db, user.id);
    for (const [method, url] of [
      ['POST', '/api/tasks'],
      ['PATCH', `/api/tasks/${task.id}`],
      ['PUT', `/api/tasks/${task.id}`],
    ] as const) {
      expectProblem(await call(user, method, url, { title: 'x', version: 7 }), 422, 'validation', ['version']);
    }
    expect(await snapshotRows(db, user.id)).toEqual(before);
  });

  describe('If-None-Match on GET /api/tasks/{id}', () => {
    it('answers 304 without a body when it names the current ETag, alone, in a list, weak, or as *', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user);
      await call(user, 'PATCH', `/api/tasks/${task.id}`, { title: 'two' });
      for (const header of ['"2"', '"1", "2"', 'W/"2"', '"9",W/"2"', '*']) {
        const res = await get(user, task.id, { 'if-none-match': header });
        expect({ header, status: res.status, body: res.body, etag: etagOf(res) }).toEqual({
          header,
          status: 304,
          body: {},
          etag: '"2"',
        });
      }
    });

    it('answers 200 with the task when the ETag is stale, and 404 for a task that is not yours', async () => {
      const user = await registerUser(app);
      const other = await registerUser(app);
      const task = await createTask(app, user);
      await call(user, 'PATCH', `/api/tasks/${task.id}`, { title: 'two' });
      for (const header of ['"1"', 'W/"1"', '"3", "4"', 'garbage']) {
        const res = await get(user, task.id, { 'if-none-match': header });
        expect({ status: res.status, title: res.body.title, etag: etagOf(res) }).toEqual({
          status: 200,
          title: 'two',
          etag: '"2"',
        });
      }
      expectProblem(await get(other, task.id, { 'if-none-match': '*' }), 404, 'not-found');
    });
  });

  describe('If-Match on PATCH, PUT, PATCH …/complete and DELETE', () => {
    it.each(WRITES)(
      '%s %s: a stale or weak ETag is a 412 with the current ETag, changing nothing',
      async (method, suffix, body) => {
        const user = await registerUser(app);
        const task = await createTask(app, user);
        await call(user, 'PATCH', `/api/tasks/${task.id}`, { title: 'now at 2' });
        const before = await snapshotRows(db, user.id);
        for (const header of ['"1"', 'W/"2"', '"1", "3"', 'nonsense']) {
          const res = await call(user, method, `/api/tasks/${task.id}${suffix}`, body, { 'if-match': header });
          expectProblem(res, 412, 'precondition-failed');
          expect(etagOf(res)).toBe('"2"');
        }
        expect(await snapshotRows(db, user.id)).toEqual(before);
      },
    );

    it.each(WRITES)(
      '%s %s: the current ETag (or one of a list, or *) lets the write through',
      async (method, suffix, body) => {
        const user = await registerUser(app);
        for (const header of ['"1"', '"7", "1"', '*']) {
          const task = await createTask(app, user);
          const res = await call(user, method, `/api/tasks/${task.id}${suffix}`, body, { 'if-match': header });
          expect(res.status).toBe(method === 'DELETE' ? 204 : 200);
          if (method !== 'DELETE') expect(etagOf(res)).toBe('"2"');
        }
      },
    );

    it.each(WRITES)(
      '%s %s: a task that is gone, or not yours, is a 412 without an ETag',
      async (method, suffix, body) => {
        const owner = await registerUser(app);
        const stranger = await registerUser(app);
        const task = await createTask(app, owner);
        const before = await snapshotRows(db, owner.id);
        for (const id of [task.id, randomUUID()]) {
          for (const header of ['"1"', '*']) {
            const res = await call(stranger, method, `/api/tasks/${id}${suffix}`, body, { 'if-match': header });
            expectProblem(res, 412, 'precondition-failed');
            expect(etagOf(res)).toBeUndefined();
          }
        }
        expect(await snapshotRows(db, owner.id)).toEqual(before);
      },
    );

    it('lets exactly one of concurrent writers with the same If-Match win; the others get 412 and lose nothing', async () => {
      const user = await registerUser(app);
      for (const [method, suffix] of [
        ['PATCH', ''],
        ['PUT', ''],
        ['PATCH', '/complete'],
      ] as const) {
        const task = await createTask(app, user);
        const writers = Array.from({ length: 8 }, (_, i) =>
          call(user, method, `/api/tasks/${task.id}${suffix}`, suffix ? undefined : { title: `writer ${i}` }, {
            'if-match': '"1"',
          }),
        );
        const answers = await Promise.all(writers);
        const won = answers.filter((res) => res.status === 200);
        expect(won).toHaveLength(1);
        for (const lost of answers.filter((res) => res.status !== 200)) {
          expectProblem(lost, 412, 'precondition-failed');
          expect(etagOf(lost)).toBe('"2"');
        }
        const now = await get(user, task.id);
        expect(now.body).toEqual(won[0].body);
        expect(now.body.version).toBe(2);
      }
    });

    it('without If-Match, concurrent writers each apply in turn: the last write wins and no change is lost', async () => {
      const user = await registerUser(app);
      const task = await createTask(app, user);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => call(user, 'PATCH', `/api/tasks/${task.id}/complete`)),
      );
      expect(answers.map((res) => res.status)).toEqual(Array(6).fill(200));
      const versions = answers.map((res) => res.body.version as number).sort((a, b) => a - b);
      expect(versions).toEqual([2, 3, 4, 5, 6, 7]);
      expect((await get(user, task.id)).body).toMatchObject({ completed: false, version: 7 });
    });
  });
});
