import { connect } from 'node:net';
import { Client } from 'pg';
import { migrations } from '../../src/database/data-source-options';
import { ApiProcess } from './support/api-process';
import { registerUser, type ApiUser } from './support/load';
import { PgServer } from './support/pg-server';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** The machine's Redis, if it answers; shared state that must hold across instances lives there. */
function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(6379, '127.0.0.1');
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(String(data).startsWith('+PONG'));
      socket.destroy();
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

function sessionIdOf(accessToken: string): string {
  return (JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
}

/**
 * Two API processes on one database (and Redis): nothing that must be shared may live in one
 * process's memory. They start at the same moment on a fresh database, so they also race to migrate it.
 */
describe('two instances on one database', () => {
  let pg: PgServer;
  let databaseUrl: string;
  let instances: [ApiProcess, ApiProcess];
  let db: Client;
  beforeAll(async () => {
    pg = await PgServer.start();
    databaseUrl = await pg.createDatabase('todo');
    const env: Record<string, string> = { DATABASE_URL: databaseUrl };
    if (await redisAnswers()) env.REDIS_URL = REDIS_URL;
    const [a, b] = await Promise.all([ApiProcess.start(env), ApiProcess.start(env)]);
    instances = [a, b];
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await Promise.all((instances ?? []).map((api) => api.stop()));
    await pg?.destroy();
  });

  const call = (api: ApiProcess, path: string, user: ApiUser, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${api.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${user.accessToken}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const statusOnEach = (path: string, user: ApiUser) =>
    Promise.all(instances.map(async (api) => (await call(api, path, user)).status));

  it('both came up, and the migrations ran once', async () => {
    expect(instances.every((api) => api.running)).toBe(true);
    const { rows } = await db.query<{ name: string; n: number }>(
      'SELECT name, count(*)::int AS n FROM migrations GROUP BY name',
    );
    expect(rows.map((row) => row.name).sort()).toEqual(migrations.map((m) => m.name).sort());
    expect(rows.every((row) => row.n === 1)).toBe(true);
  });

  it('accepts a token issued by one instance on the other', async () => {
    const [a, b] = instances;
    const user = await registerUser(a.baseUrl);
    const me = await call(b, '/api/auth/me', user);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user.id, email: user.email });

    const created = await call(b, '/api/tasks', user, { method: 'POST', body: { title: 'from b' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await call(a, `/api/tasks/${id}`, user)).status).toBe(200);
  });

  it('refuses a revoked session on both instances at once', async () => {
    const user = await registerUser(instances[0].baseUrl);
    expect(await statusOnEach('/api/auth/me', user)).toEqual([200, 200]);
    await db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1', [sessionIdOf(user.accessToken)]);
    expect(await statusOnEach('/api/auth/me', user)).toEqual([401, 401]);
  });
});
