import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import { randomInt, randomUUID } from 'node:crypto';
import { injectToolCall, textOf } from './support/mcp-client';
import { createPersonalToken } from './support/personal-tokens';
import { createTestApp, registerUser, type TestUser } from './support/test-app';
import { send } from './support/http';

/**
 * Random sequences of register/create/update/replace/delete/get/list by several users, through
 * the REST routes and the MCP tools (called with a personal access token of the user's), checked
 * step by step against a model of who owns what. After every step each user's list is exactly
 * their own tasks, and any touch of another user's task (or a deleted or made-up one) is a 404
 * that changes nothing. Only fields every task has (title, description, completed) are compared,
 * so the model keeps holding as tasks gain fields.
 */

interface Fields {
  title: string;
  description: string | null;
  completed: boolean;
}

interface Model {
  users: TestUser[];
  owner: Map<string, number>;
  tasks: Map<string, Fields>;
  gone: string[];
}

interface Real {
  app: NestFastifyApplication;
  steps: { count: number };
  mcp: McpTokens;
}

/** A personal access token per user, made the first time that user calls a tool. */
class McpTokens {
  private readonly tokens = new Map<TestUser, Promise<string>>();
  constructor(private readonly app: NestFastifyApplication) {}

  call(user: TestUser, name: string, args: Record<string, unknown>) {
    let token = this.tokens.get(user);
    if (!token) {
      token = createPersonalToken(this.app, user).then((created) => created.token);
      this.tokens.set(user, token);
    }
    return token.then((secret) => injectToolCall(this.app, secret, name, args));
  }
}

const MAX_USERS = 4;
const fieldsOf = (task: Record<string, unknown>): Fields => ({
  title: task.title as string,
  description: task.description as string | null,
  completed: task.completed as boolean,
});

/** Any task the model knows of, or one that was deleted, or one that never existed. */
function resolveTarget(model: Model, pick: number): string {
  const known = [...model.tasks.keys(), ...model.gone];
  return pick < known.length ? known[pick] : randomUUID();
}

async function listAll(app: NestFastifyApplication, user: TestUser): Promise<Map<string, Fields>> {
  const seen = new Map<string, Fields>();
  let cursor: string | null = null;
  do {
    const url: string = `/api/tasks?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await send(app, 'GET', url, { token: user.accessToken });
    expect(res.status).toBe(200);
    for (const task of res.body.items as Record<string, unknown>[]) {
      expect(seen.has(task.id as string)).toBe(false);
      seen.set(task.id as string, fieldsOf(task));
    }
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return seen;
}

/** After every step: each user sees and counts exactly their own tasks, as the model has them. */
async function checkEveryone(model: Model, real: Real): Promise<void> {
  real.steps.count++;
  const lists = await Promise.all(model.users.map((user) => listAll(real.app, user)));
  lists.forEach((list, index) => {
    const expected = new Map([...model.tasks].filter(([id]) => model.owner.get(id) === index));
    expect(list).toEqual(expected);
  });
}

class Register implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => model.users.length < MAX_USERS;
  async run(model: Model, real: Real) {
    model.users.push(await registerUser(real.app));
    await checkEveryone(model, real);
  }
  toString = () => 'register';
}

class Create implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly by: number,
    readonly fields: Fields,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const user = model.users[this.by % model.users.length];
    const res = await send(real.app, 'POST', '/api/tasks', { token: user.accessToken, body: this.fields });
    expect(res.status).toBe(201);
    expect(fieldsOf(res.body)).toEqual(this.fields);
    model.tasks.set(res.body.id as string, { ...this.fields });
    model.owner.set(res.body.id as string, this.by % model.users.length);
    await checkEveryone(model, real);
  }
  toString = () => `create(${this.by}, ${JSON.stringify(this.fields)})`;
}

class Change implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly method: 'PATCH' | 'PUT',
    readonly by: number,
    readonly pick: number,
    readonly body: Partial<Fields>,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const actor = this.by % model.users.length;
    const id = resolveTarget(model, this.pick);
    const res = await send(real.app, this.method, `/api/tasks/${id}`, {
      token: model.users[actor].accessToken,
      body: this.body,
    });
    if (model.owner.get(id) === actor && model.tasks.has(id)) {
      expect(res.status).toBe(200);
      const next =
        this.method === 'PUT'
          ? {
              title: this.body.title!,
              description: this.body.description ?? null,
              completed: this.body.completed ?? false,
            }
          : { ...model.tasks.get(id)!, ...this.body };
      model.tasks.set(id, next);
      expect(fieldsOf(res.body)).toEqual(next);
    } else {
      expect(res.status).toBe(404);
    }
    await checkEveryone(model, real);
  }
  toString = () => `${this.method}(${this.by}, #${this.pick}, ${JSON.stringify(this.body)})`;
}

class Remove implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly by: number,
    readonly pick: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const actor = this.by % model.users.length;
    const id = resolveTarget(model, this.pick);
    const res = await send(real.app, 'DELETE', `/api/tasks/${id}`, { token: model.users[actor].accessToken });
    if (model.owner.get(id) === actor && model.tasks.has(id)) {
      expect(res.status).toBe(204);
      model.tasks.delete(id);
      model.gone.push(id);
    } else {
      expect(res.status).toBe(404);
    }
    await checkEveryone(model, real);
  }
  toString = () => `delete(${this.by}, #${this.pick})`;
}

class Get implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly by: number,
    readonly pick: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const actor = this.by % model.users.length;
    const id = resolveTarget(model, this.pick);
    const res = await send(real.app, 'GET', `/api/tasks/${id}`, { token: model.users[actor].accessToken });
    if (model.owner.get(id) === actor && model.tasks.has(id)) {
      expect(res.status).toBe(200);
      expect(fieldsOf(res.body)).toEqual(model.tasks.get(id));
    } else {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(expect.objectContaining({ type: 'urn:todo-api:problem:not-found' }));
    }
    await checkEveryone(model, real);
  }
  toString = () => `get(${this.by}, #${this.pick})`;
}

class List implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly by: number,
    readonly limit: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const actor = this.by % model.users.length;
    const res = await send(real.app, 'GET', `/api/tasks?limit=${this.limit}`, {
      token: model.users[actor].accessToken,
    });
    expect(res.status).toBe(200);
    const own = [...model.owner].filter(([id, owner]) => owner === actor && model.tasks.has(id)).length;
    expect((res.body.items as unknown[]).length).toBe(Math.min(this.limit, own));
    await checkEveryone(model, real);
  }
  toString = () => `list(${this.by}, limit ${this.limit})`;
}

/** A tool that takes a task id: the owner's call changes the task, anyone else's is "task not found". */
class McpChange implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly tool: 'update_task' | 'complete_task' | 'delete_task',
    readonly by: number,
    readonly pick: number,
    readonly args: Record<string, unknown>,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const actor = this.by % model.users.length;
    const id = resolveTarget(model, this.pick);
    const result = await real.mcp.call(model.users[actor], this.tool, { taskId: id, ...this.args });
    if (model.owner.get(id) === actor && model.tasks.has(id)) {
      expect(result.isError).toBeFalsy();
      if (this.tool === 'delete_task') {
        expect(result.structuredContent).toEqual({ taskId: id, status: 'deleted', title: model.tasks.get(id)!.title });
        model.tasks.delete(id);
        model.gone.push(id);
      } else {
        const next = { ...model.tasks.get(id)!, ...this.args };
        model.tasks.set(id, next);
        expect(fieldsOf(result.structuredContent!)).toEqual(next);
      }
    } else {
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/^task not found/);
    }
    await checkEveryone(model, real);
  }
  toString = () => `mcp ${this.tool}(${this.by}, #${this.pick}, ${JSON.stringify(this.args)})`;
}

class McpAdd implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly by: number,
    readonly fields: Omit<Fields, 'completed'>,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const actor = this.by % model.users.length;
    const result = await real.mcp.call(model.users[actor], 'add_task', this.fields);
    const task = result.structuredContent!;
    expect(fieldsOf(task)).toEqual({ ...this.fields, completed: false });
    model.tasks.set(task.id as string, { ...this.fields, completed: false });
    model.owner.set(task.id as string, actor);
    await checkEveryone(model, real);
  }
  toString = () => `mcp add_task(${this.by}, ${JSON.stringify(this.fields)})`;
}

class McpList implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly by: number,
    readonly status: 'all' | 'pending' | 'completed',
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const actor = this.by % model.users.length;
    const result = await real.mcp.call(model.users[actor], 'list_tasks', {
      status: this.status,
      limit: 100,
    });
    const listed = (result.structuredContent as { tasks: Record<string, unknown>[] }).tasks;
    const expected = [...model.tasks]
      .filter(([id]) => model.owner.get(id) === actor)
      .filter(([, task]) => this.status === 'all' || task.completed === (this.status === 'completed'));
    expect(new Map(listed.map((task) => [task.id as string, fieldsOf(task)]))).toEqual(new Map(expected));
    await checkEveryone(model, real);
  }
  toString = () => `mcp list_tasks(${this.by}, ${this.status})`;
}

const title = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,30}[A-Za-z0-9]$|^[A-Za-z0-9]$/);
const description = fc.option(fc.string({ maxLength: 40 }), { nil: null });
const fields = fc.record({ title, description, completed: fc.boolean() });
const user = fc.nat({ max: MAX_USERS - 1 });
const pick = fc.nat({ max: 40 });

const commands = [
  fc.constant(new Register()),
  fc.tuple(user, fields).map(([by, f]) => new Create(by, f)),
  fc.tuple(user, fields).map(([by, f]) => new Create(by, f)),
  fc
    .tuple(user, pick, fc.record({ title, description, completed: fc.boolean() }, { requiredKeys: [] }))
    .map(([by, p, body]) => new Change('PATCH', by, p, body)),
  fc
    .tuple(user, pick, fc.record({ title, description, completed: fc.boolean() }, { requiredKeys: ['title'] }))
    .map(([by, p, body]) => new Change('PUT', by, p, body)),
  fc.tuple(user, pick).map(([by, p]) => new Remove(by, p)),
  fc.tuple(user, pick).map(([by, p]) => new Get(by, p)),
  fc.tuple(user, fc.integer({ min: 1, max: 100 })).map(([by, limit]) => new List(by, limit)),
  fc.tuple(user, fc.record({ title, description })).map(([by, f]) => new McpAdd(by, f)),
  fc
    .tuple(user, pick, fc.record({ title, description }, { requiredKeys: [] }))
    .map(([by, p, args]) => new McpChange('update_task', by, p, args)),
  fc.tuple(user, pick, fc.boolean()).map(([by, p, completed]) => new McpChange('complete_task', by, p, { completed })),
  fc.tuple(user, pick).map(([by, p]) => new McpChange('delete_task', by, p, {})),
  fc
    .tuple(user, fc.constantFrom('all', 'pending', 'completed') as fc.Arbitrary<'all' | 'pending' | 'completed'>)
    .map(([by, status]) => new McpList(by, status)),
];

describe('tenant isolation under random use', () => {
  let app: NestFastifyApplication;
  let mcp: McpTokens;
  beforeAll(async () => {
    app = await createTestApp();
    mcp = new McpTokens(app);
  });
  afterAll(() => app.close());

  // Some 3,000 requests and a few hundred bcrypt hashes: 75 s on an idle machine, 505 s beside two
  // busy loops. The timeout only ends a hang.
  it('never lets a user see, change, delete or count another user’s task, by REST or MCP', async () => {
    const steps = { count: 0 };
    // A new seed each run, printed first, so that any failure can be replayed with FC_SEED.
    const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : randomInt(2 ** 31);
    console.log(`isolation: fast-check seed ${seed} (replay with FC_SEED=${seed})`);
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 100, size: 'max' }), async (cmds) => {
        // Two users of its own per run; more may register as a step.
        const model: Model = {
          users: [await registerUser(app), await registerUser(app)],
          owner: new Map(),
          tasks: new Map(),
          gone: [],
        };
        await fc.asyncModelRun(() => ({ model, real: { app, steps, mcp } }), cmds);
      }),
      { numRuns: 60, seed },
    );
    console.log(`isolation: ${steps.count} steps checked`);
    expect(steps.count).toBeGreaterThanOrEqual(2000);
  }, 1_200_000);
});
