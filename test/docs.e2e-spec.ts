import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestApp } from './support/test-app';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
  requestBody?: unknown;
}

describe('OpenAPI document and Swagger UI', () => {
  let app: NestFastifyApplication;
  let doc: {
    openapi: string;
    servers?: { url: string; description?: string; 'x-internal'?: boolean }[];
    tags?: { name: string; description?: string }[];
    paths: Record<string, Record<string, Operation>>;
    components: { securitySchemes: Record<string, unknown> };
  };
  beforeAll(async () => {
    app = await createTestApp();
    doc = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => app.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );

  it('serves an OpenAPI 3 document with a bearer scheme', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes).toEqual({
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: expect.any(String) },
    });
  });

  it('serves Swagger UI that remembers the bearer token across reloads', async () => {
    const page = await request(app.getHttpServer()).get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const init = await request(app.getHttpServer()).get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toContain('"persistAuthorization": true');
  });

  it('marks every protected operation with bearer security and a documented 401', () => {
    const publicOps = [
      'POST /api/auth/register',
      'POST /api/auth/login',
      'POST /api/auth/refresh',
      'GET /.well-known/oauth-protected-resource',
    ];
    for (const { route, op } of operations()) {
      if (route.startsWith('GET /api/health') || publicOps.includes(route)) {
        expect(`${route} ${JSON.stringify(op.security ?? [])}`).toBe(`${route} []`);
        continue;
      }
      expect(`${route} ${JSON.stringify(op.security)}`).toBe(`${route} [{"bearer":[]}]`);
      expect(Object.keys(op.responses)).toContain('401');
    }
  });

  it('documents a success response and problem+json errors with examples on every operation', () => {
    // The stateless MCP server states that it has no stream (GET) and no session (DELETE): always 405.
    const refused = ['GET /api/mcp', 'DELETE /api/mcp'];
    for (const { route, op } of operations()) {
      const statuses = Object.keys(op.responses);
      if (!refused.includes(route))
        expect(`${route}: ${statuses.some((s) => s.startsWith('2'))}`).toBe(`${route}: true`);
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        const example = op.responses[status].content?.['application/problem+json']?.example;
        expect(`${route} ${status}: ${JSON.stringify(example && Object.keys(example as object))}`).toMatch(
          /\["type","title","status","detail"/,
        );
      }
    }
  });

  it('documents 422 on every operation that takes a body', () => {
    // MCP answers invalid tool arguments inside the protocol, as a tool result with isError.
    const jsonRpc = ['POST /api/mcp'];
    for (const { route, op } of operations()) {
      if (op.requestBody && !jsonRpc.includes(route)) expect(`${route} ${Object.keys(op.responses)}`).toMatch(/422/);
    }
  });

  it('documents an unexpected error as a 500 problem on every operation', () => {
    for (const { route, op } of operations()) {
      const example = op.responses['500']?.content?.['application/problem+json']?.example;
      expect(`${route} ${JSON.stringify(example)}`).toContain('"status":500');
    }
  });

  it('describes every operation, and every tag the operations use', () => {
    const declared = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description]));
    for (const { route, op } of operations()) {
      expect(`${route}: ${Boolean(op.summary && op.description)}`).toBe(`${route}: true`);
      for (const tag of op.tags ?? [])
        expect(`${route} ${tag}: ${Boolean(declared.get(tag))}`).toBe(`${route} ${tag}: true`);
    }
  });

  it('names itself as the server, relative to wherever it is served, for a public audience', () => {
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String), 'x-internal': false }]);
  });
});
