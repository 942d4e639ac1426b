/**
 * The baseline: the benchmarked routes written by hand on node:http and pg alone. Per request it
 * does the work the API does (bearer token, HS256 check, session row, input validation, the very
 * SQL statements the API sends, the same JSON and headers out), so its throughput is what a Node
 * server can reach for that work on this machine, and the API is measured against it.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import * as bcrypt from 'bcrypt';
import { Pool } from 'pg';
import { signAccessToken, verifyAccessToken, type JwtSettings } from '../jwt';
import { Exchange, HttpError, invalid, notFound, unauthorized } from './http';
import * as sql from './statements';

const env = process.env;
const port = Number(env.PORT ?? 3100);
const jwt: JwtSettings = {
  secret: Buffer.from(env.JWT_SECRET ?? '', 'utf8'),
  issuer: env.JWT_ISSUER || 'todo-api',
  audience: env.JWT_AUDIENCE || 'todo-api',
};
const accessTtlSeconds = Number(env.JWT_ACCESS_TTL_SECONDS ?? 900);
const refreshTtlSeconds = Number(env.JWT_REFRESH_TTL_SECONDS ?? 30 * 86400);
const bcryptCost = Number(env.BCRYPT_COST ?? 12);
const PRIORITIES = ['none', 'low', 'medium', 'high'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TASK_PATH = /^\/api\/tasks\/([^/]+)(\/complete)?$/;

const pool = new Pool({
  connectionString: env.DATABASE_URL,
  max: Number(env.DB_POOL_SIZE ?? 4),
  connectionTimeoutMillis: 2000,
  statement_timeout: 5000,
  idle_in_transaction_session_timeout: 10000,
  application_name: 'todo-bench-baseline',
});

/** The same FIFO bound on bcrypt as the API's, so that logins cannot take every core. */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
const bcryptSlots = new Semaphore(Number(env.BCRYPT_CONCURRENCY ?? 2));
const dummyHash = bcrypt.hash('not-a-real-password-0123456789', bcryptCost);

/** Bearer token → claims → active session: the global guard's work. */
async function authenticate(req: IncomingMessage): Promise<string> {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /(\S+)\s+(\S+)/.exec(header) : null;
  if (!match || match[1].toLowerCase() !== 'bearer') throw unauthorized();
  const claims = verifyAccessToken(jwt, match[2]);
  if (!claims || !UUID.test(String(claims.sub)) || !UUID.test(String(claims.sid)) || typeof claims.iat !== 'number') {
    throw unauthorized();
  }
  const { rows } = await pool.query(sql.SESSION_ACTIVE, [claims.sid, claims.sub]);
  if (rows.length === 0) throw unauthorized();
  return claims.sub;
}

function objectOnly(body: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('body', 'body must be an object');
  for (const key of Object.keys(body)) if (!allowed.includes(key)) throw invalid(key, `${key} is not a known field`);
  return body as Record<string, unknown>;
}

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

function taskView(row: Record<string, any>) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    completed: row.completed,
    completedAt: iso(row.completedAt),
    priority: PRIORITIES[row.priority] ?? 'none',
    dueAt: iso(row.dueAt),
    remindAt: iso(row.remindAt),
    tags: row.tags,
    recurrence: row.recurrence,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.deletedAt ? { deletedAt: row.deletedAt.toISOString() } : {}),
  };
}

const etag = (task: { version: number }) => ['etag', `"${task.version}"`];

/** Whether If-None-Match names the version (weak comparison, lists, `*`): the GET is then a 304. */
function noneMatch(header: string | undefined, version: number): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return [...header.matchAll(/(?:W\/)?"([^"]*)"/g)].some((m) => m[1] === String(version));
}

// The API's list cursors: the last row's position under a digest of the sort and filters, signed.
const cursorKey = createHmac('sha256', jwt.secret).update('task-list-cursor').digest();
const LIST_SCOPE = createHash('sha256')
  .update(JSON.stringify({ sort: '-createdAt' }))
  .digest('base64url')
  .slice(0, 16);

function signedCursor(values: unknown[]): string {
  const payload = Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
  return `${payload}.${createHmac('sha256', cursorKey).update(payload).digest('base64url').slice(0, 22)}`;
}

async function listTasks(ownerId: string, url: URL) {
  let limit = 20;
  for (const [key, value] of url.searchParams) {
    if (key !== 'limit') throw invalid(key, `${key} is not a known field`);
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 100) throw invalid('limit', 'limit must be an integer from 1 to 100');
    limit = n;
  }
  const { rows } = await pool.query(sql.listTasks(limit + 1), [ownerId]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(taskView),
    nextCursor: rows.length > limit ? signedCursor([LIST_SCOPE, last.createdAt.toISOString(), last.id]) : null,
  };
}

async function firstRow(statement: string, values: unknown[]) {
  return (await pool.query(statement, values)).rows[0] as Record<string, any> | undefined;
}

async function loadTask(ownerId: string, id: string) {
  const row = UUID.test(id) ? await firstRow(sql.FIND_TASK, [ownerId, id]) : undefined;
  if (!row) throw notFound();
  return row;
}

function checkTitle(value: unknown): string {
  const title = typeof value === 'string' ? value.trim() : value;
  if (typeof title !== 'string' || title.length === 0 || title.length > 255) {
    throw invalid('title', 'title must be a string of 1 to 255 characters');
  }
  return title;
}

function checkDescription(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string' || value.length > 1000) {
    throw invalid('description', 'description must be a string of at most 1000 characters');
  }
  return value;
}

function checkCompleted(value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') throw invalid('completed', 'completed must be a boolean');
  return value;
}

async function createTask(ownerId: string, body: unknown) {
  const dto = objectOnly(body, ['title', 'description', 'completed']);
  const title = checkTitle(dto.title);
  const description = checkDescription(dto.description) ?? null;
  const completed = checkCompleted(dto.completed) ?? false;
  const completedAt = completed ? new Date() : null;
  const row = await firstRow(sql.INSERT_TASK, [
    ownerId,
    title,
    description,
    completed,
    completedAt,
    0,
    null,
    null,
    [],
    null,
  ]);
  return taskView(row!);
}

/** PATCH /api/tasks/:id/complete in one statement; PATCH /api/tasks/:id reads, then writes if the version is unchanged. */
async function updateTask(ownerId: string, id: string, body: unknown, toggle: boolean) {
  const dto =
    toggle && body === undefined
      ? {}
      : objectOnly(body, toggle ? ['completed'] : ['title', 'description', 'completed']);
  const title = dto.title === undefined ? undefined : checkTitle(dto.title);
  const description = checkDescription(dto.description);
  const completed = checkCompleted(dto.completed);
  if (!UUID.test(id)) throw notFound();
  if (toggle) {
    const row = await firstRow(sql.COMPLETE_TASK, [completed ?? null, new Date(), id, ownerId, null]);
    if (!row) throw notFound();
    return taskView(row);
  }
  for (;;) {
    const task = await firstRow(sql.FIND_TASK, [ownerId, id]);
    if (!task) throw notFound();
    const next = { ...task };
    if (title !== undefined) next.title = title;
    if (description !== undefined) next.description = description;
    if (completed !== undefined) {
      if (completed && !task.completed) next.completedAt = new Date();
      if (!completed) next.completedAt = null;
      next.completed = completed;
    }
    if (next.title === task.title && next.description === task.description && next.completed === task.completed) {
      return taskView(task);
    }
    const written = await firstRow(sql.UPDATE_TASK, [
      next.title,
      next.description,
      next.completed,
      next.completedAt,
      next.priority,
      next.dueAt,
      next.remindAt,
      next.tags,
      next.recurrence === null ? null : JSON.stringify(next.recurrence),
      id,
      ownerId,
      task.version,
    ]);
    if (written) return taskView(written);
  }
}

const KEY_FORM = /^[\x21-\x7e]{1,255}$/;

/** The API's Idempotency-Key on a create: the key is taken before the task is made (a replay is not benchmarked). */
async function claimKey(ownerId: string, header: string | string[] | undefined, body: unknown) {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY_FORM.test(header)) {
    throw invalid('Idempotency-Key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  }
  const digest = createHash('sha256')
    .update(body === undefined ? '' : JSON.stringify(body))
    .digest();
  const claim = randomUUID();
  const { rows } = await pool.query(sql.CLAIM_KEY, [ownerId, header, 'POST', '/api/tasks', digest, claim]);
  if (rows.length === 0) throw new HttpError(409, 'Conflict', 'idempotency-key-in-flight');
  return { key: header, claim };
}

async function keepAnswer(
  ownerId: string,
  { key, claim }: { key: string; claim: string },
  status: number,
  body: unknown,
  headers: string[],
) {
  const kept: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  for (let i = 0; i < headers.length; i += 2) kept[headers[i]] = headers[i + 1];
  await pool.query(sql.KEEP_ANSWER, [status, JSON.stringify(kept), JSON.stringify(body), ownerId, key, claim]);
}

async function login(body: unknown, userAgent: string | undefined) {
  const dto = objectOnly(body, ['email', 'password']);
  const email = typeof dto.email === 'string' ? dto.email.trim().toLowerCase() : dto.email;
  if (typeof email !== 'string' || email.length < 1 || email.length > 254) throw invalid('email', 'email is required');
  const password = dto.password;
  if (typeof password !== 'string' || password.length < 1 || password.length > 1024) {
    throw invalid('password', 'password is required');
  }
  const user = (await pool.query(sql.FIND_USER_BY_EMAIL, [email])).rows[0];
  const ok = await bcryptSlots.run(async () => {
    const matches = await bcrypt.compare(password, user?.u_password_hash ?? (await dummyHash));
    return matches && user !== undefined;
  });
  if (!ok) throw new HttpError(401, 'Unauthorized', 'unauthorized');
  await pool.query(sql.DELETE_ENDED_SESSIONS, [user.u_id]);
  const refreshToken = randomBytes(32).toString('base64url');
  const now = new Date();
  const session = (
    await pool.query(sql.INSERT_SESSION, [
      user.u_id,
      createHash('sha256').update(refreshToken, 'utf8').digest(),
      userAgent?.slice(0, 512) ?? null,
      now,
      new Date(now.getTime() + refreshTtlSeconds * 1000),
    ])
  ).rows[0];
  return {
    user: {
      id: user.u_id,
      email: user.u_email,
      name: user.u_name,
      createdAt: user.u_created_at.toISOString(),
    },
    accessToken: signAccessToken(jwt, user.u_id, session.id, accessTtlSeconds),
    refreshToken,
    tokenType: 'Bearer',
    expiresIn: accessTtlSeconds,
  };
}

async function handle(ex: Exchange): Promise<void> {
  const { req } = ex;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const method = req.method;
  if (path === '/api/health' && method === 'GET') {
    ex.route = '/api/health';
    return ex.send(200, { status: 'ok' });
  }
  if (path === '/api/auth/login' && method === 'POST') {
    ex.route = '/api/auth/login';
    return ex.send(200, await login(await ex.readJson(), req.headers['user-agent']));
  }
  if (path === '/api/tasks' && (method === 'GET' || method === 'POST')) {
    ex.route = '/api/tasks';
    const owner = await authenticate(req);
    if (method === 'GET') return ex.send(200, await listTasks(owner, url));
    const body = await ex.readJson();
    const key = await claimKey(owner, req.headers['idempotency-key'], body);
    const task = await createTask(owner, body);
    const headers = ['location', `/api/tasks/${task.id}`, ...etag(task)];
    if (key) await keepAnswer(owner, key, 201, task, headers);
    return ex.send(201, task, headers);
  }
  const match = TASK_PATH.exec(path);
  if (match && method === 'GET' && !match[2]) {
    ex.route = '/api/tasks/:id';
    const owner = await authenticate(req);
    const task = taskView(await loadTask(owner, match[1]));
    const ifNoneMatch = req.headers['if-none-match'];
    if (noneMatch(ifNoneMatch, task.version)) return ex.sendEmpty(304, etag(task));
    return ex.send(200, task, etag(task));
  }
  if (match && method === 'PATCH') {
    ex.route = match[2] ? '/api/tasks/:id/complete' : '/api/tasks/:id';
    const owner = await authenticate(req);
    const task = await updateTask(owner, match[1], await ex.readJson(), match[2] !== undefined);
    return ex.send(200, task, etag(task));
  }
  throw notFound();
}

const server = createServer((req, res) => {
  const ex = new Exchange(req, res);
  handle(ex).catch((error: unknown) => ex.fail(error));
});
// As the API's: idle keep-alive connections are kept for 72 seconds.
server.keepAliveTimeout = 72_000;
server.listen(port, '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  server.closeIdleConnections();
  void pool.end().then(() => process.exit(0));
});
