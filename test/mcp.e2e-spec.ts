import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { LogCapture } from './support/log-capture';
import { callTool, connectMcp, textOf } from './support/mcp-client';
import { createPersonalToken } from './support/personal-tokens';
import { send } from './support/http';
import { createTask, createTestApp, registerUser, type TestUser } from './support/test-app';

const TOOLS = ['add_task', 'complete_task', 'delete_task', 'list_tasks', 'update_task'];
const ACCEPT = 'application/json, text/event-stream';

/** Started on a real port: the SDK client speaks HTTP, not Fastify's inject. */
async function listening(env: Record<string, string> = {}): Promise<{ app: NestFastifyApplication; base: string }> {
  const app = await createTestApp(env);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return { app, base: `http://127.0.0.1:${address.port}` };
}

describe('MCP tool server', () => {
  let app: NestFastifyApplication;
  let base: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    ({ app, base } = await listening());
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await app.close();
  });

  const connect = async (token: string) => {
    const client = await connectMcp(base, token);
    clients.push(client);
    return client;
  };
  const rest = (user: TestUser, url: string) => send(app, 'GET', url, { token: user.accessToken });
  /** A JSON-RPC request as any HTTP client would send it, to look at the HTTP answer itself. */
  const rpc = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ACCEPT, ...headers },
      body: JSON.stringify(body),
    });
  const listTools = { jsonrpc: '2.0', id: 1, method: 'tools/list' };

  describe('tools', () => {
    it('lists the five tools, their arguments described by the REST DTOs’ own rules', async () => {
      const user = await registerUser(app);
      const client = await connect((await createPersonalToken(app, user, ['tasks:read'])).token);
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(TOOLS);
      for (const tool of tools) expect(tool.description!.length).toBeGreaterThan(60);

      const docs = await send(app, 'GET', '/api/docs-json');
      const schemas = (docs.body as { components: { schemas: Record<string, { properties: Record<string, object> }> } })
        .components.schemas;
      const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool.inputSchema]));
      const rules = (schema: object) => {
        const { maxLength, minLength, pattern, enum: values, maxItems, items } = schema as Record<string, unknown>;
        return { maxLength, minLength, pattern, values, maxItems, items };
      };
      const add = byName.add_task;
      expect(add.required).toEqual(['title']);
      expect(add.additionalProperties).toBe(false);
      expect(Object.keys(add.properties!).sort()).toEqual(
        ['description', 'dueAt', 'priority', 'remindAt', 'tags', 'title'].sort(),
      );
      for (const [field, schema] of Object.entries(add.properties!)) {
        expect(rules(schema)).toEqual(rules(schemas.CreateTaskDto.properties[field]));
      }
      for (const [field, schema] of Object.entries(byName.update_task.properties!)) {
        if (field !== 'taskId') expect(rules(schema)).toEqual(rules(schemas.UpdateTaskDto.properties[field]));
      }
      expect(byName.update_task.required).toEqual(['taskId']);
      expect(byName.add_task.properties!.description).toMatchObject({ type: ['string', 'null'] });
      expect(byName.list_tasks.properties!.status).toMatchObject({ enum: ['all', 'pending', 'completed'] });
      expect(byName.list_tasks.properties!.limit).toMatchObject({ minimum: 1, maximum: 100, default: 20 });
      expect(byName.complete_task.properties!.completed).toMatchObject({ type: 'boolean', default: true });
      expect(tools.find((tool) => tool.name === 'delete_task')!.annotations).toMatchObject({ destructiveHint: true });
      expect(tools.find((tool) => tool.name === 'list_tasks')!.annotations).toMatchObject({ readOnlyHint: true });
    });

    it('calls each tool as the token’s user, and the REST API sees what it did', async () => {
      const user = await registerUser(app);
      const client = await connect((await createPersonalToken(app, user)).token);
      const transcript: string[] = [];
      const call = async (name: string, args: Record<string, unknown>) => {
        const result = await callTool(client, name, args);
        transcript.push(`→ ${name} ${JSON.stringify(args)}`, `← ${result.isError ? 'error ' : ''}${textOf(result)}`);
        return result;
      };

      const added = await call('add_task', {
        title: '  Buy milk ',
        priority: 'high',
        tags: ['Home', 'errands', 'home'],
        dueAt: '2026-12-24',
      });
      expect(added.isError).toBeFalsy();
      const task = added.structuredContent as Record<string, unknown>;
      expect(JSON.parse(textOf(added))).toEqual(task);
      expect(task).toMatchObject({ title: 'Buy milk', priority: 'high', tags: ['home', 'errands'] });
      expect(task.dueAt).toBe('2026-12-24T00:00:00.000Z');
      expect((await rest(user, `/api/tasks/${task.id}`)).body).toEqual(task);
      await call('add_task', { title: 'Call the plumber' });

      const listed = await call('list_tasks', { status: 'pending', tag: 'home' });
      expect(listed.structuredContent).toEqual({ tasks: [task], nextCursor: null });
      const paged = await call('list_tasks', { limit: 1 });
      const page = paged.structuredContent as { tasks: { title: string }[]; nextCursor: string };
      expect(page.tasks.map((t) => t.title)).toEqual(['Call the plumber']);
      const next = await call('list_tasks', { limit: 1, cursor: page.nextCursor });
      expect(next.structuredContent).toMatchObject({ tasks: [{ id: task.id }], nextCursor: null });

      const updated = await call('update_task', { taskId: task.id, title: 'Buy oat milk', description: 'two litres' });
      expect(updated.structuredContent).toMatchObject({ title: 'Buy oat milk', description: 'two litres' });
      expect((await rest(user, `/api/tasks/${task.id}`)).body).toMatchObject({
        title: 'Buy oat milk',
        description: 'two litres',
        priority: 'high',
      });

      const completed = await call('complete_task', { taskId: task.id });
      expect(completed.structuredContent).toMatchObject({ completed: true, completedAt: expect.any(String) });
      expect((await rest(user, `/api/tasks/${task.id}`)).body).toMatchObject({ completed: true });
      expect((await call('list_tasks', { status: 'completed' })).structuredContent).toMatchObject({
        tasks: [{ id: task.id }],
      });
      const reopened = await call('complete_task', { taskId: task.id, completed: false });
      expect(reopened.structuredContent).toMatchObject({ completed: false, completedAt: null });

      const deleted = await call('delete_task', { taskId: task.id });
      expect(deleted.structuredContent).toEqual({ taskId: task.id, status: 'deleted', title: 'Buy oat milk' });
      expect((await rest(user, `/api/tasks/${task.id}`)).status).toBe(404);
      const left = await call('list_tasks', {});
      expect((left.structuredContent as { tasks: { title: string }[] }).tasks.map((t) => t.title)).toEqual([
        'Call the plumber',
      ]);
      console.log(`MCP transcript (SDK client over HTTP):\n${transcript.join('\n')}`);
    });

    it('answers every tool with "task not found" for another user’s task, an unknown id or a malformed one', async () => {
      const [owner, other] = [await registerUser(app), await registerUser(app)];
      const theirs = await createTask(app, other, { title: 'not yours' });
      const client = await connect((await createPersonalToken(app, owner)).token);
      for (const taskId of [theirs.id, randomUUID(), 'not-an-id']) {
        for (const [name, args] of [
          ['complete_task', { taskId }],
          ['update_task', { taskId, title: 'taken' }],
          ['delete_task', { taskId }],
        ] as const) {
          const result = await callTool(client, name, args);
          expect(result.isError).toBe(true);
          expect(textOf(result)).toMatch(/^task not found: .*list_tasks/);
        }
      }
      const listed = await callTool(client, 'list_tasks', { q: 'not yours' });
      expect(listed.structuredContent).toEqual({ tasks: [], nextCursor: null });
      expect((await rest(other, `/api/tasks/${theirs.id}`)).body).toMatchObject({
        title: 'not yours',
        completed: false,
      });
    });

    it('answers invalid arguments with a tool error that names the field, and changes nothing', async () => {
      const user = await registerUser(app);
      const client = await connect((await createPersonalToken(app, user)).token);
      const cases: [string, Record<string, unknown>, RegExp][] = [
        ['add_task', { title: '' }, /title should not be empty/],
        ['add_task', { title: 'x'.repeat(256) }, /title must be shorter than or equal to 255 characters/],
        ['add_task', { title: 'x', priority: 'urgent' }, /priority must be one of none, low, medium, high/],
        ['add_task', { title: 'x', dueAt: 'tomorrow' }, /dueAt must be an ISO 8601/],
        ['add_task', { title: 'x', userId: randomUUID() }, /userId is not a known field/],
        ['add_task', { title: 'x\u0000' }, /title must not contain the NUL character/],
        ['list_tasks', { status: 'done' }, /status must be one of all, pending, completed/],
        ['list_tasks', { limit: 101 }, /limit must not be greater than 100/],
        ['list_tasks', { cursor: 'bogus' }, /cursor/],
        ['update_task', { taskId: randomUUID(), title: null }, /title/],
        ['complete_task', { taskId: randomUUID(), completed: 'yes' }, /completed must be a boolean/],
      ];
      for (const [name, args, message] of cases) {
        const result = await callTool(client, name, args);
        expect(`${name} ${result.isError}`).toBe(`${name} true`);
        expect(textOf(result)).toMatch(message);
      }
      expect((await rest(user, '/api/tasks')).body.items).toEqual([]);
    });

    it('works with a session’s access token too', async () => {
      const user = await registerUser(app);
      const client = await connect(user.accessToken);
      const result = await callTool(client, 'add_task', { title: 'from a chat' });
      expect(result.structuredContent).toMatchObject({ title: 'from a chat' });
    });
  });

  describe('scopes and tokens', () => {
    it('lets a read-only token list but not add: a 403 naming tasks:write and the resource metadata', async () => {
      const user = await registerUser(app);
      await createTask(app, user, { title: 'readable' });
      const { token } = await createPersonalToken(app, user, ['tasks:read']);
      const client = await connect(token);
      expect((await callTool(client, 'list_tasks', {})).structuredContent).toMatchObject({
        tasks: [{ title: 'readable' }],
      });
      await expect(callTool(client, 'add_task', { title: 'not allowed' })).rejects.toThrow(/403/);

      const res = await rpc(
        { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'delete_task', arguments: { taskId: 'x' } } },
        { authorization: `Bearer ${token}` },
      );
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('www-authenticate')).toBe(
        `Bearer error="insufficient_scope", scope="tasks:write", resource_metadata="${base}/.well-known/oauth-protected-resource"`,
      );
      expect(await res.json()).toMatchObject({ type: 'urn:todo-api:problem:insufficient-scope', status: 403 });
      expect((await rest(user, '/api/tasks')).body.items).toHaveLength(1);
    });

    it('refuses a token at once when it is deleted', async () => {
      const user = await registerUser(app);
      const created = await createPersonalToken(app, user);
      const client = await connect(created.token);
      expect((await callTool(client, 'list_tasks', {})).isError).toBeFalsy();
      await send(app, 'DELETE', `/api/auth/tokens/${created.id}`, { token: user.accessToken });
      await expect(callTool(client, 'add_task', { title: 'too late' })).rejects.toThrow(/401/);
      expect((await rest(user, '/api/tasks')).body.items).toEqual([]);
    });

    it('refuses every token of the user once the password changes', async () => {
      const user = await registerUser(app);
      const client = await connect((await createPersonalToken(app, user)).token);
      expect((await callTool(client, 'list_tasks', {})).isError).toBeFalsy();
      const changed = await send(app, 'POST', '/api/auth/change-password', {
        token: user.accessToken,
        body: { currentPassword: user.password, newPassword: `new-${randomUUID()}` },
      });
      expect(changed.status).toBe(204);
      await expect(callTool(client, 'list_tasks', {})).rejects.toThrow(/401/);
    });
  });

  describe('discovery', () => {
    it('answers 401 with a challenge naming the protected resource metadata, which is public', async () => {
      const attempts: Record<string, string>[] = [
        {},
        { authorization: 'Bearer tdo_unknown' },
        { authorization: 'Bearer not.a.jwt' },
      ];
      for (const headers of attempts) {
        const res = await rpc(listTools, headers);
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe(
          `Bearer resource_metadata="${base}/.well-known/oauth-protected-resource"`,
        );
        expect(await res.json()).toMatchObject({ type: 'urn:todo-api:problem:unauthorized' });
      }
      const metadata = await fetch(`${base}/.well-known/oauth-protected-resource`);
      expect(metadata.status).toBe(200);
      expect(await metadata.json()).toEqual({
        resource: `${base}/api/mcp`,
        resource_name: 'Todo API MCP server',
        bearer_methods_supported: ['header'],
        scopes_supported: ['tasks:read', 'tasks:write'],
        resource_documentation: `${base}/api/docs`,
      });
    });

    it('answers GET and DELETE with 405: the server keeps no stream and no session', async () => {
      const user = await registerUser(app);
      for (const method of ['GET', 'DELETE']) {
        const res = await fetch(`${base}/api/mcp`, { method, headers: { ...user.auth, accept: ACCEPT } });
        expect(res.status).toBe(405);
        expect(res.headers.get('allow')).toBe('POST');
      }
    });
  });
});

describe('MCP rate limits', () => {
  it('counts MCP requests against the same per-client limit as the REST routes', async () => {
    const { app, base } = await listening({ RATE_LIMIT_API: '4/1m' });
    try {
      const user = await registerUser(app);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${base}/api/mcp`, {
          method: 'POST',
          headers: { ...user.auth, 'content-type': 'application/json', accept: ACCEPT },
          body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'tools/list' }),
        });
        statuses.push(res.status);
        if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    } finally {
      await app.close();
    }
  });
});

describe('MCP logging', () => {
  it('logs each MCP request once, and neither the token nor the task text', async () => {
    const logs = new LogCapture();
    const app = await createTestApp({ LOG_LEVEL: 'trace' }, { logs });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
      const user = await registerUser(app);
      const { token } = await createPersonalToken(app, user);
      const client = await connectMcp(base, token);
      await callTool(client, 'add_task', { title: 'secret plans' });
      await client.close();
      const lines = logs.lines.filter((line) => line.msg === 'request completed' && line.route === '/api/mcp');
      expect(lines.map((line) => [line.method, line.status])).toEqual(
        expect.arrayContaining([
          ['POST', 200],
          ['POST', 202],
        ]),
      );
      expect(logs.text()).not.toContain(token.slice(4));
      expect(logs.text()).not.toContain('secret plans');
    } finally {
      await app.close();
    }
  });
});
