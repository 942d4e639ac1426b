import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

describe('tasks of two users never meet', () => {
  let app: NestFastifyApplication;
  let alice: TestUser;
  let bob: TestUser;
  let aliceTask: { id: string; [key: string]: unknown };
  const http = () => request(app.getHttpServer());
  const past = new Date(Date.now() - 3_600_000).toISOString();
  const shared = { tags: ['shared'], priority: 'high', dueAt: past, remindAt: past, description: 'shared words' };

  beforeAll(async () => {
    app = await createTestApp();
    alice = await registerUser(app);
    bob = await registerUser(app);
    aliceTask = await createTask(app, alice, {
      title: 'alice only',
      ...shared,
      recurrence: { frequency: 'daily', interval: 1 },
    });
    await createTask(app, alice, { title: 'alice secret', tags: ['alice-only'], completed: true });
    await createTask(app, bob, { title: 'bob', ...shared });
  });
  afterAll(() => app.close());

  it("answers 404 to PATCH /complete on another user's task, with or without a body, and changes nothing", async () => {
    await http().patch(`/api/tasks/${aliceTask.id}/complete`).set(bob.auth).send({ completed: true }).expect(404);
    await http().patch(`/api/tasks/${aliceTask.id}/complete`).set(bob.auth).expect(404);
    const unchanged = await http().get(`/api/tasks/${aliceTask.id}`).set(alice.auth).expect(200);
    expect(unchanged.body).toEqual(aliceTask);
  });

  it.each([
    '',
    'completed=true',
    'completed=false',
    'priority=high',
    'tag=shared',
    'tag=alice-only',
    'q=alice',
    'q=shared',
    'overdue=true',
    'overdue=false',
    `dueBefore=${encodeURIComponent(new Date().toISOString())}`,
    'dueAfter=2000-01-01',
    'remindBefore=2100-01-01',
    ...['createdAt', 'updatedAt', 'dueAt', 'priority', 'title'].flatMap((s) => [`sort=${s}`, `sort=-${s}`]),
  ])("never lists another user's tasks (%s)", async (query) => {
    const res = await http().get(`/api/tasks?${query}`).set(bob.auth).expect(200);
    expect(res.body.items.every((t: { title: string }) => t.title === 'bob')).toBe(true);
  });

  it("follows another user's cursor only through the caller's own tasks", async () => {
    await createTask(app, alice, { title: 'alice 2' });
    const alicePage = await http().get('/api/tasks?sort=title&limit=1').set(alice.auth).expect(200);
    const res = await http()
      .get(`/api/tasks?sort=title&limit=10&cursor=${encodeURIComponent(alicePage.body.nextCursor)}`)
      .set(bob.auth)
      .expect(200);
    expect(res.body.items.map((t: { title: string }) => t.title)).toEqual(['bob']);
  });

  it("never counts another user's tasks in stats", async () => {
    const res = await http().get('/api/tasks/stats').set(bob.auth).expect(200);
    expect(res.body).toEqual({ total: 1, active: 1, completed: 0, overdue: 1, dueToday: expect.any(Number) });
    expect(res.body.dueToday).toBeLessThanOrEqual(1);
  });

  it("never lists or counts another user's tags", async () => {
    const res = await http().get('/api/tags').set(bob.auth).expect(200);
    expect(res.body).toEqual([{ name: 'shared', count: 1 }]);
  });
});
