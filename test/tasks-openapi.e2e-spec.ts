import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTask, createTestApp, registerUser } from './support/test-app';
import { sorted } from './support/sort';
import { ROUTES } from './support/routes';

type Schema = Record<string, any>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: { enum?: string[]; type?: string; format?: string; minimum?: number; maximum?: number };
}

describe('OpenAPI document for tasks', () => {
  let app: NestFastifyApplication;
  let doc: { paths: Record<string, Record<string, Record<string, unknown>>>; components: { schemas: Schema } };
  let schemas: Record<string, Schema>;

  beforeAll(async () => {
    app = await createTestApp();
    doc = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    schemas = doc.components.schemas;
  });
  afterAll(() => app.close());

  const params = (path: string, method: string) =>
    Object.fromEntries(((doc.paths[path][method].parameters ?? []) as Parameter[]).map((p) => [p.name, p]));

  it('documents every list parameter with its allowed values', () => {
    const list = params('/api/tasks', 'get');
    expect(sorted(Object.keys(list))).toEqual([
      'completed',
      'cursor',
      'dueAfter',
      'dueBefore',
      'limit',
      'overdue',
      'priority',
      'q',
      'remindBefore',
      'sort',
      'tag',
    ]);
    expect(Object.values(list).every((p) => p.in === 'query' && !p.required)).toBe(true);
    expect(list.completed.schema.type).toBe('boolean');
    expect(list.overdue.schema.type).toBe('boolean');
    expect(list.priority.schema.enum).toEqual(['none', 'low', 'medium', 'high']);
    expect(list.sort.schema.enum).toHaveLength(10);
    expect(list.sort.schema.enum).toEqual(expect.arrayContaining(['-createdAt', 'dueAt', '-priority', 'title']));
    for (const name of ['dueBefore', 'dueAfter', 'remindBefore']) expect(list[name].schema.format).toBe('date-time');
    expect(list.limit.schema).toMatchObject({ minimum: 1, maximum: 100 });
  });

  it('documents the new routes and their errors', () => {
    expect(Object.keys(doc.paths['/api/tasks'].get.responses as object)).toEqual(
      expect.arrayContaining(['200', '401', '422']),
    );
    expect(params('/api/tasks/stats', 'get').tz.schema.type).toBe('string');
    expect(Object.keys(doc.paths['/api/tasks/stats'].get.responses as object)).toEqual(
      expect.arrayContaining(['200', '401', '422']),
    );
    const complete = doc.paths['/api/tasks/{id}/complete'].patch;
    expect((complete.requestBody as { required: boolean }).required).toBe(false);
    expect(Object.keys(complete.responses as object)).toEqual(expect.arrayContaining(['200', '400', '404', '422']));
    expect(Object.keys(doc.paths['/api/tags'].get.responses as object)).toEqual(expect.arrayContaining(['200', '401']));
  });

  it('documents the writable task fields with their bounds', () => {
    const fields = schemas.CreateTaskDto.properties;
    expect(fields.priority.enum).toEqual(['none', 'low', 'medium', 'high']);
    expect(fields.tags.maxItems).toBe(20);
    expect(fields.dueAt.format).toBe('date-time');
    expect(fields.recurrence).toMatchObject({ type: 'object', nullable: true, required: ['frequency', 'interval'] });
    expect(fields.recurrence.properties.interval).toMatchObject({ minimum: 1, maximum: 365 });
    expect(fields.recurrence.properties.frequency.enum).toEqual(['daily', 'weekly', 'monthly', 'yearly']);
  });

  /** Where, under `node` and the schemas it refers to, a string has no length bound or an array no size. */
  function unbounded(node: unknown, at: string, found: string[] = [], seen = new Set<string>()): string[] {
    if (Array.isArray(node)) node.forEach((child, i) => unbounded(child, `${at}[${i}]`, found, seen));
    if (!node || typeof node !== 'object' || Array.isArray(node)) return found;
    const schema = node as Schema;
    if (schema.type === 'string' && schema.maxLength === undefined && !schema.enum) found.push(at);
    if (schema.type === 'array' && schema.maxItems === undefined) found.push(at);
    if (typeof schema.$ref === 'string' && !seen.has(schema.$ref)) {
      seen.add(schema.$ref);
      const name = schema.$ref.split('/').pop() as string;
      unbounded(schemas[name], name, found, seen);
    }
    for (const [key, child] of Object.entries(schema)) {
      if (key !== 'example' && key !== 'default') unbounded(child, `${at}.${key}`, found, seen);
    }
    return found;
  }

  it('bounds every string and array that the task routes take or give', () => {
    const routes = Object.entries(doc.paths).filter(([path]) => /^\/api\/(tasks|tags)\b/.test(path));
    const documented = ROUTES.map((route) => route.path.replace(/:(\w+)/g, '{$1}'));
    expect(sorted(routes.map(([path]) => path))).toEqual(
      sorted(new Set(documented.filter((path) => /^\/api\/(tasks|tags)\b/.test(path)))),
    );
    expect(routes.flatMap(([path, item]) => unbounded(item, path))).toEqual([]);
  });

  it('states the limits that the validators enforce', async () => {
    const user = await registerUser(app);
    const { title, description, tags, dueAt } = schemas.CreateTaskDto.properties;
    const create = (body: Schema) =>
      request(app.getHttpServer())
        .post('/api/tasks')
        .set(user.auth)
        .send({ title: 'limits', ...body });
    const text = (length: number) => 'x'.repeat(length);
    const tagList = (count: number) => Array.from({ length: count }, (_, i) => `tag-${i}`);
    const cases: [string, Schema, Schema][] = [
      ['title', { title: text(title.maxLength) }, { title: text(title.maxLength + 1) }],
      ['description', { description: text(description.maxLength) }, { description: text(description.maxLength + 1) }],
      ['a tag', { tags: [text(tags.items.maxLength)] }, { tags: [text(tags.items.maxLength + 1)] }],
      ['tags', { tags: tagList(tags.maxItems) }, { tags: tagList(tags.maxItems + 1) }],
    ];
    for (const [field, fits, over] of cases) {
      expect(`${field} ${(await create(fits)).status}`).toBe(`${field} 201`);
      expect(`${field} ${(await create(over)).status}`).toBe(`${field} 422`);
    }
    // The longest instant the pattern allows is exactly the documented length.
    const longestInstant = '2026-11-28T21:00:00.123456789+01:00';
    expect(longestInstant).toHaveLength(dueAt.maxLength);
    expect(longestInstant).toMatch(new RegExp(dueAt.pattern));
    expect((await create({ dueAt: longestInstant })).status).toBe(201);

    const list = params('/api/tasks', 'get') as unknown as Record<string, { schema: Schema }>;
    const query = (name: string, value: string) =>
      request(app.getHttpServer())
        .get('/api/tasks')
        .query({ [name]: value })
        .set(user.auth);
    for (const name of ['q', 'tag']) {
      const { maxLength } = list[name].schema;
      expect(`${name} ${(await query(name, text(maxLength))).status}`).toBe(`${name} 200`);
      expect(`${name} ${(await query(name, text(maxLength + 1))).status}`).toBe(`${name} 422`);
    }
    expect((await query('cursor', text(list.cursor.schema.maxLength + 1))).status).toBe(422);
  });

  it('makes cursors of the documented length and form, even after the titles longest in JSON', async () => {
    const user = await registerUser(app);
    // A control character takes six characters in JSON, the most any character can.
    const title = '\u0001'.repeat(schemas.CreateTaskDto.properties.title.maxLength);
    await createTask(app, user, { title });
    await createTask(app, user, { title });
    const page = await request(app.getHttpServer()).get('/api/tasks?sort=title&limit=1').set(user.auth).expect(200);
    const cursor = page.body.nextCursor as string;
    const documented = schemas.TaskPage.properties.nextCursor;
    expect(cursor.length).toBeLessThanOrEqual(documented.maxLength);
    expect(cursor).toMatch(new RegExp(documented.pattern));
    const next = await request(app.getHttpServer())
      .get('/api/tasks')
      .query({ sort: 'title', limit: 1, cursor })
      .set(user.auth)
      .expect(200);
    expect(next.body.items).toHaveLength(1);
  });
});
