import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';
import { expectProblem } from './support/http';

describe('task fields (priority, dueAt, remindAt, tags, recurrence)', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
    user = await registerUser(app);
  });
  afterAll(() => app.close());

  const post = (body: Record<string, unknown>) =>
    http()
      .post('/api/tasks')
      .set(user.auth)
      .send({ title: 'fields', ...body });

  async function expectInvalid(body: Record<string, unknown>, field: string) {
    const res = await post(body).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectProblem(res, 422, 'validation', [field]);
  }

  it('stores every field and answers it back, with defaults for the omitted ones', async () => {
    const full = await post({
      priority: 'high',
      dueAt: '2031-01-31T09:00:00.000Z',
      remindAt: '2031-01-31T08:30:00.000Z',
      tags: ['home', 'errands'],
      recurrence: { frequency: 'monthly', interval: 1 },
    }).expect(201);
    expect(full.body).toMatchObject({
      priority: 'high',
      dueAt: '2031-01-31T09:00:00.000Z',
      remindAt: '2031-01-31T08:30:00.000Z',
      tags: ['home', 'errands'],
      recurrence: { frequency: 'monthly', interval: 1 },
    });
    const read = await http().get(`/api/tasks/${full.body.id}`).set(user.auth).expect(200);
    expect(read.body).toEqual(full.body);
    expect(Object.keys(read.body.recurrence)).toEqual(['frequency', 'interval']);

    const bare = await post({}).expect(201);
    expect(bare.body).toMatchObject({ priority: 'none', dueAt: null, remindAt: null, tags: [], recurrence: null });
  });

  it.each(['none', 'low', 'medium', 'high'])('accepts priority %s', async (priority) => {
    const res = await post({ priority }).expect(201);
    expect(res.body.priority).toBe(priority);
  });

  it.each([['urgent'], ['HIGH'], [3], [null], ['']])('refuses priority %p with a 422 naming it', async (priority) => {
    await expectInvalid({ priority }, 'priority');
  });

  it('reads times with a zone or a bare date and answers them in UTC', async () => {
    const offset = await post({ dueAt: '2031-03-01T01:30:00+05:30', remindAt: '2031-02-28' }).expect(201);
    expect(offset.body.dueAt).toBe('2031-02-28T20:00:00.000Z');
    expect(offset.body.remindAt).toBe('2031-02-28T00:00:00.000Z');
    const leap = await post({ dueAt: '2032-02-29T23:59:59.999Z' }).expect(201);
    expect(leap.body.dueAt).toBe('2032-02-29T23:59:59.999Z');
    const cleared = await post({ dueAt: null, remindAt: null }).expect(201);
    expect(cleared.body).toMatchObject({ dueAt: null, remindAt: null });
  });

  it.each([
    ['2031-02-29T10:00:00Z'],
    ['2031-02-30'],
    ['2031-13-01'],
    ['2031-01-01T10:00:00'],
    ['2031-01-01 10:00:00Z'],
    ['tomorrow'],
    [''],
    [1924992000000],
    [true],
  ])('refuses dueAt and remindAt %p with a 422 naming the field', async (value) => {
    await expectInvalid({ dueAt: value }, 'dueAt');
    await expectInvalid({ remindAt: value }, 'remindAt');
  });

  it.each([['title'], ['description']])(
    'refuses a NUL character in %s with a 422, not a database error',
    async (field) => {
      await expectInvalid({ [field]: 'a\u0000b' }, field);
    },
  );

  it('lower-cases, trims and de-duplicates tags', async () => {
    const res = await post({ tags: ['Home', ' home ', 'HOME', 'Work'] }).expect(201);
    expect(res.body.tags).toEqual(['home', 'work']);
  });

  it('accepts 20 tags of up to 32 characters, counting after de-duplication', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`.padEnd(32, 'x'));
    const res = await post({ tags: twenty }).expect(201);
    expect(res.body.tags).toEqual(twenty);
    await post({ tags: [...twenty, 'T0'.padEnd(32, 'X')] }).expect(201);
    await post({ tags: ['a'] }).expect(201);
  });

  it.each([
    ['21 tags', Array.from({ length: 21 }, (_, i) => `t${i}`)],
    ['a 33-character tag', ['x'.repeat(33)]],
    ['an empty tag', ['']],
    ['a blank tag', ['   ']],
    ['a tag that is not text', [5]],
    ['a tag with a line break', ['a\nb']],
    ['a string instead of a list', 'home'],
    ['null', null],
  ])('refuses %s with a 422 naming tags', async (_label, tags) => {
    await expectInvalid({ tags }, 'tags');
  });

  it('refuses a tag with a NUL character with a 422 naming that tag', async () => {
    await expectInvalid({ tags: ['home', 'a\u0000b'] }, 'tags.1');
  });

  it.each([
    [{ frequency: 'daily', interval: 1 }],
    [{ frequency: 'weekly', interval: 2 }],
    [{ frequency: 'monthly', interval: 12 }],
    [{ frequency: 'yearly', interval: 365 }],
  ])('accepts recurrence %p with a dueAt', async (recurrence) => {
    const res = await post({ dueAt: '2031-05-01T10:00:00.000Z', recurrence }).expect(201);
    expect(res.body.recurrence).toEqual(recurrence);
  });

  it.each([
    [{ frequency: 'daily', interval: 0 }, 'recurrence.interval'],
    [{ frequency: 'daily', interval: 366 }, 'recurrence.interval'],
    [{ frequency: 'daily', interval: 1.5 }, 'recurrence.interval'],
    [{ frequency: 'daily', interval: '1' }, 'recurrence.interval'],
    [{ frequency: 'daily' }, 'recurrence.interval'],
    [{ frequency: 'hourly', interval: 1 }, 'recurrence.frequency'],
    [{ interval: 1 }, 'recurrence.frequency'],
    [{ frequency: 'monthly', interval: 1, anchorDay: 31 }, 'recurrence.anchorDay'],
    ['daily', 'recurrence'],
    [[{ frequency: 'daily', interval: 1 }], 'recurrence'],
  ])('refuses recurrence %p with a 422 naming %s', async (recurrence, field) => {
    await expectInvalid({ dueAt: '2031-05-01T10:00:00.000Z', recurrence }, field);
  });

  it('refuses a recurrence without a dueAt, on create, PATCH and PUT', async () => {
    await expectInvalid({ recurrence: { frequency: 'daily', interval: 1 } }, 'recurrence');
    const task = await createTask(app, user);
    const patch = await http()
      .patch(`/api/tasks/${task.id}`)
      .set(user.auth)
      .send({ recurrence: { frequency: 'daily', interval: 1 } })
      .expect(422);
    expect(patch.body.errors).toEqual([{ field: 'recurrence', message: 'a recurring task needs a dueAt' }]);
    await http()
      .put(`/api/tasks/${task.id}`)
      .set(user.auth)
      .send({ title: 'x', recurrence: { frequency: 'daily', interval: 1 } })
      .expect(422);
  });

  it('refuses to clear the dueAt of a recurring task unless the recurrence goes too', async () => {
    const task = await createTask(app, user, {
      dueAt: '2031-05-01T10:00:00.000Z',
      recurrence: { frequency: 'weekly', interval: 1 },
    });
    const res = await http().patch(`/api/tasks/${task.id}`).set(user.auth).send({ dueAt: null }).expect(422);
    expect(res.body.errors[0].field).toBe('dueAt');
    const unchanged = await http().get(`/api/tasks/${task.id}`).set(user.auth).expect(200);
    expect(unchanged.body.dueAt).toBe('2031-05-01T10:00:00.000Z');
    const cleared = await http()
      .patch(`/api/tasks/${task.id}`)
      .set(user.auth)
      .send({ dueAt: null, recurrence: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ dueAt: null, recurrence: null });
  });

  it('PATCH changes only the fields it names', async () => {
    const task = await createTask(app, user, {
      priority: 'low',
      dueAt: '2031-05-01T10:00:00.000Z',
      remindAt: '2031-05-01T09:00:00.000Z',
      tags: ['a'],
      recurrence: { frequency: 'daily', interval: 2 },
    });
    const res = await http()
      .patch(`/api/tasks/${task.id}`)
      .set(user.auth)
      .send({ priority: 'medium', tags: ['b', 'c'] })
      .expect(200);
    expect(res.body).toMatchObject({
      title: task.title,
      priority: 'medium',
      dueAt: '2031-05-01T10:00:00.000Z',
      remindAt: '2031-05-01T09:00:00.000Z',
      tags: ['b', 'c'],
      recurrence: { frequency: 'daily', interval: 2 },
    });
  });

  it('PUT resets every omitted optional field to its default', async () => {
    const task = await createTask(app, user, {
      description: 'old',
      completed: true,
      priority: 'high',
      dueAt: '2031-05-01T10:00:00.000Z',
      remindAt: '2031-05-01T09:00:00.000Z',
      tags: ['a'],
      recurrence: { frequency: 'daily', interval: 2 },
    });
    const res = await http().put(`/api/tasks/${task.id}`).set(user.auth).send({ title: 'replaced' }).expect(200);
    expect(res.body).toMatchObject({
      title: 'replaced',
      description: null,
      completed: false,
      completedAt: null,
      priority: 'none',
      dueAt: null,
      remindAt: null,
      tags: [],
      recurrence: null,
    });
  });
});
