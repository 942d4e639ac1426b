import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { send, type Method } from './http';
import { decodeClaims } from './jwt';
import { createPersonalToken } from './personal-tokens';
import { createTask, createTestApp, uniqueEmail, type TestUser } from './test-app';

/**
 * Every route of the API, one line each; the route matrix spec fails until a new route is added here.
 * - `public`: answers without a token (the contract's allow-list).
 * - `id`: what the `:id` in the path names; the matrix tries another user's one.
 * - `body`: a valid body for `user`, the caller; the matrix adds an unknown field to it.
 */
export interface Route {
  method: Method;
  path: string;
  public?: true;
  id?: 'task' | 'trashed-task' | 'session' | 'token' | 'webhook';
  /** Its 401 names the protected resource metadata, for MCP clients (API.md, "MCP tool server"). */
  resourceMetadata?: true;
  body?: (user: TestUser) => Record<string, unknown>;
}

const task = { title: 'from the route matrix', priority: 'high', tags: ['matrix'] };
// A public address, so it passes the webhook address check without a resolver (nothing is sent to it).
export const PUBLIC_WEBHOOK_URL = 'https://93.184.215.14/hooks';
const webhook = { url: PUBLIC_WEBHOOK_URL, events: ['task.changed'] };

export const ROUTES: Route[] = [
  { method: 'GET', path: '/api/health', public: true },
  { method: 'GET', path: '/api/health/ready', public: true },
  {
    method: 'POST',
    path: '/api/auth/register',
    public: true,
    body: () => ({ email: uniqueEmail(), password: 'a fine passphrase' }),
  },
  { method: 'POST', path: '/api/auth/login', public: true, body: (u) => ({ email: u.email, password: u.password }) },
  { method: 'POST', path: '/api/auth/refresh', public: true, body: (u) => ({ refreshToken: u.refreshToken }) },
  { method: 'POST', path: '/api/auth/logout' },
  { method: 'GET', path: '/api/auth/me' },
  { method: 'PATCH', path: '/api/auth/me', body: () => ({ name: 'Renamed' }) },
  { method: 'DELETE', path: '/api/auth/me', body: (u) => ({ password: u.password }) },
  {
    method: 'POST',
    path: '/api/auth/change-password',
    body: (u) => ({ currentPassword: u.password, newPassword: 'a brand new passphrase' }),
  },
  { method: 'GET', path: '/api/auth/sessions' },
  { method: 'DELETE', path: '/api/auth/sessions/:id', id: 'session' },
  { method: 'POST', path: '/api/auth/tokens', body: () => ({ name: 'matrix', scopes: ['tasks:read'] }) },
  { method: 'GET', path: '/api/auth/tokens' },
  { method: 'DELETE', path: '/api/auth/tokens/:id', id: 'token' },
  { method: 'GET', path: '/api/tasks' },
  { method: 'GET', path: '/api/tasks/stats' },
  { method: 'GET', path: '/api/tasks/changes' },
  { method: 'POST', path: '/api/tasks', body: () => task },
  { method: 'GET', path: '/api/tasks/:id', id: 'task' },
  { method: 'PATCH', path: '/api/tasks/:id', id: 'task', body: () => ({ title: 'changed' }) },
  { method: 'PUT', path: '/api/tasks/:id', id: 'task', body: () => task },
  { method: 'PATCH', path: '/api/tasks/:id/complete', id: 'task', body: () => ({ completed: true }) },
  { method: 'DELETE', path: '/api/tasks/:id', id: 'task' },
  { method: 'GET', path: '/api/tasks/trash' },
  { method: 'POST', path: '/api/tasks/:id/restore', id: 'trashed-task' },
  { method: 'DELETE', path: '/api/tasks/trash/:id', id: 'trashed-task' },
  { method: 'DELETE', path: '/api/tasks/trash' },
  { method: 'GET', path: '/api/tags' },
  { method: 'POST', path: '/api/webhooks', body: () => webhook },
  { method: 'GET', path: '/api/webhooks' },
  { method: 'PATCH', path: '/api/webhooks/:id', id: 'webhook', body: () => ({ events: ['task.changed'] }) },
  { method: 'DELETE', path: '/api/webhooks/:id', id: 'webhook' },
  { method: 'GET', path: '/api/webhooks/:id/deliveries', id: 'webhook' },
  // Asked without Accept: text/event-stream, as the route walks do, it answers 406 instead of streaming.
  { method: 'GET', path: '/api/events' },
  { method: 'POST', path: '/api/events/ticket' },
  // JSON-RPC, not a resource: its bodies and errors are the protocol's (see mcp.e2e-spec).
  { method: 'POST', path: '/api/mcp', resourceMetadata: true },
  { method: 'GET', path: '/api/mcp', resourceMetadata: true },
  { method: 'DELETE', path: '/api/mcp', resourceMetadata: true },
  { method: 'GET', path: '/.well-known/oauth-protected-resource', public: true },
];

export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

export const withId = (route: Route, id: string) => route.path.replace(':id', id);

/**
 * A resource of `owner` that the route's `:id` can name: a new task (in the trash, for the trash's
 * routes), a new personal access token, a new webhook, or a second session (so ending it leaves one).
 */
export async function ownResourceId(app: NestFastifyApplication, route: Route, owner: TestUser): Promise<string> {
  if (route.id === 'task') return (await createTask(app, owner)).id;
  if (route.id === 'trashed-task') {
    const { id } = await createTask(app, owner);
    const trashed = await send(app, 'DELETE', `/api/tasks/${id}`, { token: owner.accessToken });
    if (trashed.status !== 204) throw new Error(`trash failed: ${trashed.status}`);
    return id;
  }
  if (route.id === 'token') return (await createPersonalToken(app, owner, ['tasks:read'])).id;
  if (route.id === 'webhook') {
    const res = await send(app, 'POST', '/api/webhooks', { token: owner.accessToken, body: webhook });
    if (res.status !== 201) throw new Error(`webhook failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  }
  const login = await send(app, 'POST', '/api/auth/login', { body: { email: owner.email, password: owner.password } });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return decodeClaims(login.body.accessToken as string).sid as string;
}

/** Swagger UI and its assets, served by the docs module, not by a controller. */
export const DOCS_PATH = /^\/api\/docs/;

/**
 * The real app, plus every route it registered (HEAD, OPTIONS and the docs module's left out), as
 * `{ method, path }` in registration order: what the route specs hold against the table above.
 */
export async function createAppWithRoutes(): Promise<{
  app: NestFastifyApplication;
  registered: { method: string; path: string }[];
}> {
  const registered: { method: string; path: string }[] = [];
  const app = await createTestApp(
    {},
    {
      beforeInit: (created) =>
        created
          .getHttpAdapter()
          .getInstance()
          .addHook('onRoute', (route) => {
            for (const method of [route.method].flat()) {
              if (method !== 'HEAD' && method !== 'OPTIONS' && !DOCS_PATH.test(route.url)) {
                registered.push({ method, path: route.url });
              }
            }
          }),
    },
  );
  return { app, registered };
}
