import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { freezeClock } from './support/clock';
import { sorted } from './support/sort';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

describe('tasks of two users never meet', () => {
  let app: NestFastifyApplication;
  let alice: TestUser;
  let bob: TestUser;
  let aliceTask: { id: string; [key: string]: unknown };
  const http = () => request(app.getHttpServer());
  // "Now" for overdue and dueBefore, set on the application's clock by the test.
  const NOW = Date.parse('2030-06-01T12:00:00.000Z');
  const past = new Date(NOW - 3_600_000).toISOString();
  const shared = { tags: ['shared'], priority: 'high', dueAt: past, remindAt: past, description: 'shared words' };

  beforeAll(async () => {
    app = await createTestApp();
    freezeClock(app, NOW);
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

  const both = ['alice only', 'alice secret'];
  // [query, what bob must get, what alice gets from the same query]: bob's own task only, never
  // an empty page passing for isolation, and alice's answer shows the filter does match her tasks.
  it.each<[string, string[], string[]]>([
    ['', ['bob'], both],
    ['completed=true', [], ['alice secret']],
    ['completed=false', ['bob'], ['alice only']],
    ['priority=high', ['bob'], ['alice only']],
    ['tag=shared', ['bob'], ['alice only']],
    ['tag=alice-only', [], ['alice secret']],
    ['q=alice', [], both],
    ['q=shared', ['bob'], ['alice only']],
    ['overdue=true', ['bob'], ['alice only']],
    ['overdue=false', [], ['alice secret']],
    [`dueBefore=${encodeURIComponent(new Date(NOW).toISOString())}`, ['bob'], ['alice only']],
    ['dueAfter=2000-01-01', ['bob'], ['alice only']],
    ['remindBefore=2100-01-01', ['bob'], ['alice only']],
    ...['createdAt', 'updatedAt', 'dueAt', 'priority', 'title'].flatMap((s): [string, string[], string[]][] => [
      [`sort=${s}`, ['bob'], both],
      [`sort=-${s}`, ['bob'], both],
    ]),
  ])("never lists another user's tasks (%s)", async (query, forBob, forAlice) => {
    const titles = async (user: TestUser) =>
      sorted(
        ((await http().get(`/api/tasks?${query}`).set(user.auth).expect(200)).body.items as { title: string }[]).map(
          (t) => t.title,
        ),
      );
    expect(await titles(bob)).toEqual(forBob);
    expect(await titles(alice)).toEqual(forAlice);
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
