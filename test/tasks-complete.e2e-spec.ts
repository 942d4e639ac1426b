import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { freezeClock } from './support/clock';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { expectProblem } from './support/http';

/** The application's "now" in this file: set by the test, so completion times and missed occurrences are exact. */
const NOW = Date.parse('2030-06-01T12:00:00.000Z');

describe('PATCH /api/tasks/{id}/complete', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
    freezeClock(app, NOW);
    user = await registerUser(app);
  });
  afterAll(() => app.close());

  const complete = (id: string) => http().patch(`/api/tasks/${id}/complete`).set(user.auth);

  describe('setting and toggling', () => {
    it('sets completed and completedAt with { completed: true }, and keeps them when sent again', async () => {
      const task = await createTask(app, user);
      const done = await complete(task.id).send({ completed: true }).expect(200);
      expect(done.body).toMatchObject({ completed: true, completedAt: new Date(NOW).toISOString() });
      const again = await complete(task.id).send({ completed: true }).expect(200);
      expect(again.body.completedAt).toBe(done.body.completedAt);
      const reopened = await complete(task.id).send({ completed: false }).expect(200);
      expect(reopened.body).toMatchObject({ completed: false, completedAt: null });
    });

    it('toggles with no body and no content type', async () => {
      const task = await createTask(app, user);
      const first = await complete(task.id).expect(200);
      expect(first.body).toMatchObject({ completed: true, completedAt: new Date(NOW).toISOString() });
      const second = await complete(task.id).expect(200);
      expect(second.body).toMatchObject({ completed: false, completedAt: null });
    });

    it('toggles with Content-Type: application/json and an empty body', async () => {
      const task = await createTask(app, user);
      const res = await complete(task.id)
        .set('Content-Type', 'application/json')
        .set('Content-Length', '0')
        .expect(200);
      expect(res.body.completed).toBe(true);
    });

    it('toggles with an empty object', async () => {
      const task = await createTask(app, user, { completed: true });
      const res = await complete(task.id).send({}).expect(200);
      expect(res.body).toMatchObject({ completed: false, completedAt: null });
    });

    it('still answers 400 to malformed JSON, here and on other routes', async () => {
      const task = await createTask(app, user);
      for (const path of [`/api/tasks/${task.id}/complete`, `/api/tasks/${task.id}`]) {
        const res = await http()
          .patch(path)
          .set(user.auth)
          .set('Content-Type', 'application/json')
          .send('{"completed":');
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      const unchanged = await http().get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
      expect(unchanged.body.completed).toBe(false);
    });

    it('answers an empty JSON-typed body on the other routes as if no header had been sent', async () => {
      const task = await createTask(app, user);
      const typed = await http()
        .patch(`/api/tasks/${task.id}`)
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .set('Content-Length', '0');
      const bare = await http().patch(`/api/tasks/${task.id}`).set(user.auth).set('Content-Length', '0');
      expect(typed.status).toBe(bare.status);
      expect(typed.status).not.toBe(400);
    });

    it.each([
      [{ completed: 'true' }, 'completed'],
      [{ completed: 1 }, 'completed'],
      [{ completed: null }, 'completed'],
      [{ completed: true, title: 'sneaky' }, 'title'],
    ])('refuses %p with a 422 naming %s, and changes nothing', async (body, field) => {
      const task = await createTask(app, user);
      const res = await complete(task.id).send(body).expect(422);
      expectProblem(res, 422, 'validation', [field]);
      const unchanged = await http().get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
      expect(unchanged.body).toMatchObject({ completed: false, title: task.title });
    });

    it('answers 404 for an unknown or malformed id', async () => {
      await complete('00000000-0000-4000-8000-000000000000').send({ completed: true }).expect(404);
      await complete('not-a-uuid').expect(404);
    });
  });

  describe('recurring tasks', () => {
    async function recurring(dueAt: string, frequency: string, interval = 1, remindAt?: string) {
      return createTask(app, user, { dueAt, remindAt, recurrence: { frequency, interval } });
    }

    async function completions(id: string, times: number): Promise<string[]> {
      const dues: string[] = [];
      for (let i = 0; i < times; i++) {
        const res = await complete(id).send({ completed: true }).expect(200);
        expect(res.body).toMatchObject({ completed: false, completedAt: null });
        dues.push(res.body.dueAt);
      }
      return dues;
    }

    it('moves Jan 31 monthly to Feb 28, then Mar 31, not Mar 28', async () => {
      const task = await recurring('2031-01-31T09:00:00.000Z', 'monthly');
      expect(await completions(task.id, 3)).toEqual([
        '2031-02-28T09:00:00.000Z',
        '2031-03-31T09:00:00.000Z',
        '2031-04-30T09:00:00.000Z',
      ]);
    });

    it('moves Jan 31 monthly to Feb 29 in a leap year', async () => {
      const task = await recurring('2032-01-31T09:00:00.000Z', 'monthly');
      expect(await completions(task.id, 2)).toEqual(['2032-02-29T09:00:00.000Z', '2032-03-31T09:00:00.000Z']);
    });

    it('moves Feb 29 yearly to Feb 28 until the next leap year, then back to Feb 29', async () => {
      const task = await recurring('2032-02-29T07:30:00.000Z', 'yearly');
      expect(await completions(task.id, 4)).toEqual([
        '2033-02-28T07:30:00.000Z',
        '2034-02-28T07:30:00.000Z',
        '2035-02-28T07:30:00.000Z',
        '2036-02-29T07:30:00.000Z',
      ]);
    });

    it('crosses a year end weekly and daily', async () => {
      const weekly = await recurring('2031-12-29T18:00:00.000Z', 'weekly', 2);
      expect(await completions(weekly.id, 1)).toEqual(['2032-01-12T18:00:00.000Z']);
      const daily = await recurring('2031-12-31T23:59:00.000Z', 'daily');
      expect(await completions(daily.id, 1)).toEqual(['2032-01-01T23:59:00.000Z']);
    });

    it('moves remindAt by the same step', async () => {
      const task = await recurring('2031-01-31T09:00:00.000Z', 'monthly', 1, '2031-01-30T21:00:00.000Z');
      const res = await complete(task.id).send({ completed: true }).expect(200);
      expect(res.body).toMatchObject({ dueAt: '2031-02-28T09:00:00.000Z', remindAt: '2031-02-27T21:00:00.000Z' });
    });

    it('skips the occurrences missed when completed late', async () => {
      const task = await recurring('2030-05-29T00:00:00.000Z', 'daily');
      const res = await complete(task.id).send({ completed: true }).expect(200);
      // Three and a half days late: the 30th, the 31st and the 1st at midnight are past, the 2nd is next.
      expect(res.body.dueAt).toBe('2030-06-02T00:00:00.000Z');
    });

    it('moves on a toggle and on a PATCH that completes it, and stays open', async () => {
      const task = await recurring('2031-06-10T10:00:00.000Z', 'weekly');
      const toggled = await complete(task.id).expect(200);
      expect(toggled.body).toMatchObject({ completed: false, dueAt: '2031-06-17T10:00:00.000Z' });
      const patched = await http().patch(`/api/tasks/${task.id}`).set(user.auth).send({ completed: true }).expect(200);
      expect(patched.body).toMatchObject({ completed: false, dueAt: '2031-06-24T10:00:00.000Z' });
      const reopened = await complete(task.id).send({ completed: false }).expect(200);
      expect(reopened.body).toMatchObject({ completed: false, dueAt: '2031-06-24T10:00:00.000Z' });
    });

    it('restarts the series from a dueAt the client sets', async () => {
      const task = await recurring('2031-01-31T09:00:00.000Z', 'monthly');
      await http()
        .patch(`/api/tasks/${task.id}`)
        .set(user.auth)
        .send({ dueAt: '2031-03-15T09:00:00.000Z' })
        .expect(200);
      expect(await completions(task.id, 1)).toEqual(['2031-04-15T09:00:00.000Z']);
    });
  });

  describe('concurrent requests', () => {
    const DAY_MS = 86_400_000;

    it('applies every one of many toggles sent at once', async () => {
      const task = await createTask(app, user);
      await Promise.all(Array.from({ length: 9 }, () => complete(task.id).expect(200)));
      const res = await http().get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
      expect(res.body.completed).toBe(true);
    });

    it('moves a recurring task once per completion sent at once, none lost', async () => {
      const dueAt = new Date(NOW + 10 * DAY_MS);
      const task = await createTask(app, user, {
        dueAt: dueAt.toISOString(),
        recurrence: { frequency: 'daily', interval: 1 },
      });
      await Promise.all(Array.from({ length: 5 }, () => complete(task.id).send({ completed: true }).expect(200)));
      const res = await http().get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
      expect(res.body.dueAt).toBe(new Date(dueAt.getTime() + 5 * DAY_MS).toISOString());
    });

    it('keeps every field changed by partial updates sent at once', async () => {
      const task = await createTask(app, user);
      const changes = [
        { title: 'renamed' },
        { description: 'described' },
        { priority: 'high' },
        { tags: ['one', 'two'] },
        { dueAt: '2031-01-01T00:00:00.000Z' },
        { remindAt: '2030-12-31T00:00:00.000Z' },
        { completed: true },
      ];
      await Promise.all(
        changes.map((body) => http().patch(`/api/tasks/${task.id}`).set(user.auth).send(body).expect(200)),
      );
      const res = await http().get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
      expect(res.body).toMatchObject(Object.assign({}, ...changes));
    });
  });
});
