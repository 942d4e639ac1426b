import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestApp } from './support/test-app';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: { enum?: string[]; type?: string; format?: string; minimum?: number; maximum?: number };
}

describe('OpenAPI document for tasks', () => {
  let app: NestFastifyApplication;
  let doc: { paths: Record<string, Record<string, Record<string, unknown>>> };

  beforeAll(async () => {
    app = await createTestApp();
    doc = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => app.close());

  const params = (path: string, method: string) =>
    Object.fromEntries(((doc.paths[path][method].parameters ?? []) as Parameter[]).map((p) => [p.name, p]));

  it('documents every list parameter with its allowed values', () => {
    const list = params('/api/tasks', 'get');
    expect(Object.keys(list).sort()).toEqual(
      [
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
      ].sort(),
    );
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
    const schemas = (doc as unknown as { components: { schemas: Record<string, { properties: Record<string, any> }> } })
      .components.schemas;
    const fields = schemas.CreateTaskDto.properties;
    expect(fields.priority.enum).toEqual(['none', 'low', 'medium', 'high']);
    expect(fields.tags.maxItems).toBe(20);
    expect(fields.dueAt.format).toBe('date-time');
    expect(schemas.RecurrenceDto.properties.interval).toMatchObject({ minimum: 1, maximum: 365 });
    expect(schemas.RecurrenceDto.properties.frequency.enum).toEqual(['daily', 'weekly', 'monthly', 'yearly']);
  });
});
