import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ValidationProblem } from '../src/common/problem';
import { TAG_LIST_LIMIT, TasksService } from '../src/tasks/tasks.service';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { freezeClock, type TestClock } from './support/clock';
import { sorted } from './support/sort';
import { expectProblem } from './support/http';

const HOUR = 3_600_000;
/** "Now" for the stats, set on the application's clock: no run can straddle a midnight. */
const NOW = Date.parse('2026-06-15T10:30:00.000Z');

/** Start and end of today in a zone with a fixed UTC offset (no daylight saving), as instants. */
function today(offsetHours: number): { start: number; end: number } {
  const localDate = new Date(NOW + offsetHours * HOUR).toISOString().slice(0, 10);
  const start = Date.parse(`${localDate}T00:00:00.000Z`) - offsetHours * HOUR;
  return { start, end: start + 24 * HOUR };
}

describe('GET /api/tasks/stats and GET /api/tags', () => {
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  describe('stats', () => {
    let user: TestUser;
    // [zone, UTC offset, tasks due "today" there at NOW], the counts worked out by hand from the fixtures.
    const zones: [string, number, number][] = [
      ['Pacific/Kiritimati', 14, 1],
      ['Pacific/Pago_Pago', -11, 3],
      ['UTC', 0, 2],
    ];
    let dues: { dueAt: number; completed: boolean }[];

    let clock: TestClock;
    afterAll(() => clock.restore());
    beforeAll(async () => {
      clock = freezeClock(app, NOW);
      user = await registerUser(app);
      const kiritimati = today(14);
      const pagoPago = today(-11);
      // One task on each side of each zone's midnight: the correct count for a zone takes exactly one
      // of its own pair, while a day counted in any other zone takes both or neither of every pair.
      dues = [
        { dueAt: kiritimati.start - 1, completed: false },
        { dueAt: kiritimati.start, completed: false },
        { dueAt: pagoPago.start - 1, completed: false },
        { dueAt: pagoPago.start, completed: false },
        { dueAt: kiritimati.start + HOUR, completed: true },
        { dueAt: Date.parse('2020-01-01T00:00:00Z'), completed: false },
        { dueAt: Date.parse('2040-01-01T00:00:00Z'), completed: false },
      ];
      for (const { dueAt, completed } of dues) {
        await createTask(app, user, { dueAt: new Date(dueAt).toISOString(), completed });
      }
      await createTask(app, user, { title: 'no due date' });
      await createTask(app, user, { title: 'done, no due date', completed: true });
    });

    it.each(zones)('counts "today" in %s', async (tz, offset, dueToday) => {
      const { start, end } = today(offset);
      const res = await http()
        .get(`/api/tasks/stats?tz=${encodeURIComponent(tz)}`)
        .set(user.auth)
        .expect(200);
      const open = dues.filter((d) => !d.completed);
      expect(res.body).toEqual({ total: 9, active: 7, completed: 2, overdue: 5, dueToday });
      expect(open.filter((d) => d.dueAt < NOW)).toHaveLength(5);
      expect(open.filter((d) => d.dueAt >= start && d.dueAt < end)).toHaveLength(dueToday);
    });

    it("counts one of the two tasks around each zone's own midnight", async () => {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        const res = await http().get(`/api/tasks/stats?tz=${tz}`).set(user.auth).expect(200);
        expect(res.body.dueToday % 2).toBe(1);
      }
    });

    it('uses UTC without tz, and reads zone names case-insensitively', async () => {
      const utc = await http().get('/api/tasks/stats?tz=UTC').set(user.auth).expect(200);
      const plain = await http().get('/api/tasks/stats').set(user.auth).expect(200);
      expect(plain.body).toEqual(utc.body);
      await http().get('/api/tasks/stats?tz=europe/paris').set(user.auth).expect(200);
    });

    it('counts nothing for a user without tasks', async () => {
      const fresh = await registerUser(app);
      const res = await http().get('/api/tasks/stats').set(fresh.auth).expect(200);
      expect(res.body).toEqual({ total: 0, active: 0, completed: 0, overdue: 0, dueToday: 0 });
    });

    it.each(['Mars/Olympus', '+01:00', 'UTC+3', 'Europe/Paris/Extra', '../etc/passwd', '', 'x'.repeat(65)])(
      'refuses tz=%p with a 422 naming tz',
      async (tz) => {
        const res = await http()
          .get(`/api/tasks/stats?tz=${encodeURIComponent(tz)}`)
          .set(user.auth)
          .expect(422);
        expectProblem(res, 422, 'validation', ['tz']);
      },
    );

    it('refuses unknown parameters', async () => {
      await http().get('/api/tasks/stats?timezone=UTC').set(user.auth).expect(422);
    });

    it('turns a zone the database does not know into a 422, not a 500', async () => {
      await expect(app.get(TasksService).stats(user.id, 'Not/A_Zone')).rejects.toBeInstanceOf(ValidationProblem);
    });
  });

  describe('tags', () => {
    it("lists the caller's tags by name, with how many of their tasks carry each", async () => {
      const user = await registerUser(app);
      await createTask(app, user, { tags: ['home', 'errands'] });
      await createTask(app, user, { tags: ['Home'] });
      await createTask(app, user, { tags: ['work'], completed: true });
      await createTask(app, user, { tags: ['home', 'Zeta', 'alpha'] });
      await createTask(app, user);
      const res = await http().get('/api/tags').set(user.auth).expect(200);
      expect(res.body).toEqual([
        { name: 'alpha', count: 1 },
        { name: 'errands', count: 1 },
        { name: 'home', count: 3 },
        { name: 'work', count: 1 },
        { name: 'zeta', count: 1 },
      ]);
    });

    it('follows edits and deletions', async () => {
      const user = await registerUser(app);
      const a = await createTask(app, user, { tags: ['a', 'b'] });
      await createTask(app, user, { tags: ['b'] });
      await http()
        .patch(`/api/tasks/${a.id}`)
        .set(user.auth)
        .send({ tags: ['c'] })
        .expect(200);
      expect((await http().get('/api/tags').set(user.auth).expect(200)).body).toEqual([
        { name: 'b', count: 1 },
        { name: 'c', count: 1 },
      ]);
      await http().delete(`/api/tasks/${a.id}`).set(user.auth).expect(204);
      expect((await http().get('/api/tags').set(user.auth).expect(200)).body).toEqual([{ name: 'b', count: 1 }]);
    });

    it('keeps the counts right under concurrent writes', async () => {
      const user = await registerUser(app);
      const created = await Promise.all(
        Array.from({ length: 12 }, (_, i) => createTask(app, user, { tags: ['same', `own-${i % 3}`] })),
      );
      await Promise.all(created.slice(0, 4).map((t) => http().delete(`/api/tasks/${t.id}`).set(user.auth).expect(204)));
      await Promise.all(
        created.slice(4, 8).map((t) =>
          http()
            .patch(`/api/tasks/${t.id}`)
            .set(user.auth)
            .send({ tags: ['other'] })
            .expect(200),
        ),
      );
      const res = await http().get('/api/tags').set(user.auth).expect(200);
      const expected = new Map<string, number>();
      for (const task of created.slice(8)) {
        for (const tag of task.tags as string[]) expected.set(tag, (expected.get(tag) ?? 0) + 1);
      }
      expected.set('other', 4);
      expect(res.body).toEqual(sorted(expected.entries(), ([name]) => name).map(([name, count]) => ({ name, count })));
    });

    it(`lists the first ${TAG_LIST_LIMIT} tags by name and no more`, async () => {
      const user = await registerUser(app);
      const names = Array.from({ length: TAG_LIST_LIMIT + 1 }, (_, i) => `t${String(i).padStart(4, '0')}`);
      for (let i = 0; i < names.length; i += 20) await createTask(app, user, { tags: names.slice(i, i + 20) });
      const res = await http().get('/api/tags').set(user.auth).expect(200);
      expect(res.body).toHaveLength(TAG_LIST_LIMIT);
      expect((res.body as { name: string }[]).map((tag) => tag.name)).toEqual(names.slice(0, TAG_LIST_LIMIT));
    });

    it("forgets a deleted user's tags with their tasks", async () => {
      const user = await registerUser(app);
      await createTask(app, user, { tags: ['gone'] });
      const db = app.get(DataSource);
      await db.query('DELETE FROM users WHERE id = $1', [user.id]);
      expect(await db.query('SELECT * FROM tags WHERE owner_id = $1', [user.id])).toEqual([]);
    });

    it('is an empty list for a user without tags, and needs a token', async () => {
      const user = await registerUser(app);
      await createTask(app, user);
      expect((await http().get('/api/tags').set(user.auth).expect(200)).body).toEqual([]);
      await http().get('/api/tags').expect(401);
      await http().get('/api/tasks/stats').expect(401);
    });
  });
});
