import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createAppWithRoutes, ROUTES, routeKey } from './support/routes';
import { sorted } from './support/sort';

/** The public routes, as the route table of docs/api-guide.md marks them. Everything else needs a bearer token. */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/health/ready',
  'POST /api/auth/register',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  // RFC 9728 protected resource metadata: how an MCP client learns to authenticate, before it has a token.
  'GET /.well-known/oauth-protected-resource',
]);

describe('deny by default', () => {
  let app: NestFastifyApplication;
  let routes: { method: string; path: string }[] = [];
  beforeAll(async () => {
    ({ app, registered: routes } = await createAppWithRoutes());
  });
  afterAll(() => app.close());

  it('finds exactly the routes of the route table, whose public ones are the allow-list', () => {
    const found = routes.map(routeKey);
    expect(sorted(found)).toEqual(sorted(ROUTES.map(routeKey)));
    expect(sorted(ROUTES.filter((route) => route.public).map(routeKey))).toEqual(sorted(PUBLIC_ROUTES));
  });

  it('answers 401 without a token on every route that is not on the public allow-list', async () => {
    const open: string[] = [];
    for (const { method, path: url } of routes) {
      const path = url.replace(/:[^/]+/g, randomUUID());
      const res = await request(app.getHttpServer())[method.toLowerCase() as 'get'](path).send({});
      const isPublic = res.status !== 401;
      if (isPublic && !PUBLIC_ROUTES.has(`${method} ${url}`)) open.push(`${method} ${url} answered ${res.status}`);
      if (!isPublic) {
        expect(res.headers['www-authenticate']).toEqual(
          ROUTES.some((route) => route.resourceMetadata && route.path === url)
            ? expect.stringMatching(
                /^Bearer resource_metadata="http:\/\/[^"]+\/\.well-known\/oauth-protected-resource"$/,
              )
            : 'Bearer',
        );
      }
    }
    expect(open).toEqual([]);
  });

  it('keeps every allow-listed route public, so the list cannot go stale', async () => {
    const registered = new Set(routes.map(routeKey));
    expect([...PUBLIC_ROUTES].filter((route) => !registered.has(route))).toEqual([]);
    for (const route of PUBLIC_ROUTES) {
      const [method, url] = route.split(' ');
      const res = await request(app.getHttpServer())[method.toLowerCase() as 'get'](url).send({});
      expect(`${route} ${res.status}`).not.toBe(`${route} 401`);
    }
  });
});
