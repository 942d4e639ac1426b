import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

type Schema = Record<string, any>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  default?: unknown;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/**
 * What Swagger UI puts in a parameter's field before the user touches it: the first of `examples`,
 * `example`, the schema's example, then the default (swagger-ui's parameter-row).
 */
function prefilled(parameter: Parameter): unknown {
  const first = Object.values(parameter.examples ?? {})[0]?.value;
  return first ?? parameter.example ?? parameter.schema?.example ?? parameter.schema?.default ?? parameter.default;
}

/** The request body Swagger UI shows in "Try it out": examples first, then defaults, enums and types. */
function sampleOf(schema: Schema, schemas: Record<string, Schema>): unknown {
  if (schema.$ref) return sampleOf(schemas[(schema.$ref as string).split('/').pop()!], schemas);
  if ('example' in schema) return schema.example;
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part: Schema) => sampleOf(part, schemas)));
  if (schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties as Record<string, Schema>).map(([name, property]) => [
        name,
        sampleOf(property, schemas),
      ]),
    );
  }
  if ('default' in schema) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'array') return [sampleOf(schema.items ?? {}, schemas)];
  if (schema.type === 'string') return schema.format === 'date-time' ? new Date().toISOString() : 'string';
  if (schema.type === 'integer' || schema.type === 'number') return 0;
  if (schema.type === 'boolean') return true;
  return {};
}

const success = (operation: Operation) => Number(Object.keys(operation.responses).find((s) => /^2\d\d$/.test(s)));
const streams = (operation: Operation) =>
  Object.values(operation.responses).some((r) => Object.keys(r.content ?? {}).includes('text/event-stream'));

describe('Swagger UI as it comes, for a signed-in user with one task', () => {
  let app: NestFastifyApplication;
  let doc: Document;
  let user: TestUser;
  let task: { id: string };
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  beforeAll(async () => {
    app = await createTestApp();
    doc = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    user = await registerUser(app);
    task = await createTask(app, user, { title: 'the one task' });
  });
  afterAll(() => app.close());

  /** The request Swagger UI sends with the form as it comes, and the path's ids filled with the user's own. */
  function asItComes(path: string, method: string, operation: Operation) {
    const query = new URLSearchParams();
    for (const parameter of operation.parameters ?? []) {
      const value = prefilled(parameter);
      if (parameter.in === 'query' && value !== undefined) query.set(parameter.name, String(value));
    }
    const url = path.replace('{id}', task.id) + (query.size ? `?${query}` : '');
    const body = operation.requestBody?.content['application/json']?.schema;
    const req = request(app.getHttpServer())[method as 'get'](url).set(user.auth);
    return body ? req.send(sampleOf(body, doc.components.schemas) as object) : req;
  }

  it('leaves every optional query parameter empty, or filled with the default the server uses anyway', () => {
    const filled = operations().flatMap(({ path, method, operation }) =>
      (operation.parameters ?? [])
        .filter((p) => p.in === 'query' && !p.required)
        .filter((p) => prefilled(p) !== undefined && prefilled(p) !== p.schema?.default)
        .map((p) => `${method.toUpperCase()} ${path} ?${p.name}=${String(prefilled(p))}`),
    );
    expect(filled).toEqual([]);
  });

  it('leaves every path id empty for the user to fill', () => {
    const filled = operations().flatMap(({ path, method, operation }) =>
      (operation.parameters ?? [])
        .filter((p) => p.in === 'path' && prefilled(p) !== undefined)
        .map((p) => `${method.toUpperCase()} ${path} {${p.name}}`),
    );
    expect(filled).toEqual([]);
  });

  it('answers every GET with its documented success, and the list shows the task', async () => {
    const gets = operations().filter(
      ({ path, method, operation }) =>
        method === 'get' &&
        success(operation) > 0 &&
        !streams(operation) &&
        (!path.includes('{') || path === '/api/tasks/{id}'),
    );
    expect(gets.map((g) => g.path)).toEqual(expect.arrayContaining(['/api/tasks', '/api/tasks/stats', '/api/tags']));
    for (const { path, method, operation } of gets) {
      const res = await asItComes(path, method, operation);
      expect(`GET ${path} ${res.status}`).toBe(`GET ${path} ${success(operation)}`);
      if (path === '/api/tasks') expect(res.body.items.map((t: { id: string }) => t.id)).toEqual([task.id]);
    }
  });

  it('creates a task from the example body of the create', async () => {
    const res = await asItComes('/api/tasks', 'post', doc.paths['/api/tasks'].post);
    expect(res.status).toBe(201);
    expect(res.body.title).toBe(doc.components.schemas.CreateTaskDto.properties.title.example);
  });

  it('gives an example body that passes validation on every operation that takes one', async () => {
    const refused = [];
    for (const { path, method, operation } of operations()) {
      if (!operation.requestBody?.content['application/json']) continue;
      const res = await asItComes(path, method, operation);
      if (res.status === 400 || res.status === 422) refused.push(`${method.toUpperCase()} ${path}: ${res.text}`);
    }
    expect(refused).toEqual([]);
  });
});
