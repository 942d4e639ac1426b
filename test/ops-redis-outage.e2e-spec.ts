import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Clock } from '../src/common/clock';
import { RedisConnection } from '../src/redis/redis-connection';
import { RedisRateLimitStore } from '../src/throttling/redis-rate-limit.store';
import { LogCapture } from './support/log-capture';
import { RedisServer } from './support/redis-server';
import { describeWithRedisServer } from './support/services';
import { createTestApp, registerUser, uniqueEmail, type TestUser } from './support/test-app';
import { freePort, until } from './support/wait';

const LOGIN_LIMIT = 3;

const appLoggingTo = (logs: LogCapture, env: Record<string, string>): Promise<NestFastifyApplication> =>
  createTestApp({ LOG_LEVEL: 'info', RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: `${LOGIN_LIMIT}/1m`, ...env }, { logs });

const readiness = async (app: NestFastifyApplication) =>
  (await request(app.getHttpServer()).get('/api/health/ready')).body as { status: string; degraded?: string[] };

const redisLines = (logs: LogCapture, pattern: RegExp) =>
  logs.lines.filter((line) => line.context === 'Redis' && pattern.test(String(line.msg)));

/** Up to `max` wrong passwords for `email`, stopping at the first refusal; the statuses answered. */
async function failedSignIns(app: NestFastifyApplication, email: string, max = LOGIN_LIMIT + 2): Promise<number[]> {
  const statuses: number[] = [];
  while (statuses.length < max && statuses.at(-1) !== 429) {
    const res = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email, password: `wrong-${randomUUID()}` });
    statuses.push(res.status);
  }
  return statuses;
}

describeWithRedisServer(RedisRateLimitStore.name, () => {
  let server: RedisServer;
  let connection: RedisConnection;
  beforeAll(async () => {
    server = await RedisServer.start();
    connection = await RedisConnection.open(server.url);
  });
  afterAll(async () => {
    await connection.onApplicationShutdown();
    await server.destroy();
  });

  it('counts in memory while Redis is lost, and in Redis again, with no hit counted twice or replayed', async () => {
    const changes: boolean[] = [];
    connection.onAvailabilityChange((available) => changes.push(available));
    const store = new RedisRateLimitStore(connection, 'store:', new Clock());
    expect((await store.hit('k', 60_000)).hits).toBe(1);
    expect((await store.hit('k', 60_000)).hits).toBe(2);

    await server.stop();
    expect((await store.hit('k', 60_000)).hits).toBe(1);
    expect((await store.hit('k', 60_000)).hits).toBe(2);
    expect(connection.available).toBe(false);

    const back = new Promise((resolve) => connection.onAvailabilityChange(resolve));
    await server.resume();
    await back;
    expect(changes).toEqual([false, true]);
    // The restarted server keeps nothing: only the hit sent after its return is in it.
    expect((await store.hit('k', 60_000)).hits).toBe(1);
    const redis = server.client();
    try {
      expect(await redis.get('store:k')).toBe('1');
    } finally {
      redis.disconnect();
    }
  });
});

describeWithRedisServer('a Redis outage while the API runs', () => {
  const logs = new LogCapture();
  let server: RedisServer;
  let app: NestFastifyApplication;
  beforeAll(async () => {
    server = await RedisServer.start();
    app = await appLoggingTo(logs, { REDIS_URL: server.url, REDIS_KEY_PREFIX: 'api:' });
  });
  afterAll(async () => {
    await app.close();
    await server.destroy();
  });

  const tasksOf = (user: TestUser) => request(app.getHttpServer()).get('/api/tasks').set(user.auth);
  const createFor = (user: TestUser) =>
    request(app.getHttpServer()).post('/api/tasks').set(user.auth).send({ title: 'during the outage' });

  it('serves every request on memory limits, says so in readiness, and goes back to Redis when it returns', async () => {
    const user = await registerUser(app);
    expect((await tasksOf(user)).status).toBe(200);
    expect(await readiness(app)).toEqual({ status: 'ok' });

    await server.stop();
    expect((await tasksOf(user)).status).toBe(200);
    expect((await createFor(user)).status).toBe(201);
    const signIn = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password });
    expect(signIn.status).toBe(200);
    // Brute-force protection still holds, counted by this instance alone.
    const victim = await registerUser(app);
    expect(await failedSignIns(app, victim.email)).toEqual([...Array(LOGIN_LIMIT).fill(401), 429]);
    await until(async () => (await readiness(app)).degraded !== undefined, { what: 'readiness names redis' });
    const ready = await request(app.getHttpServer()).get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', degraded: ['redis'] });
    expect((await request(app.getHttpServer()).get('/api/health')).body).toEqual({ status: 'ok' });
    for (let i = 0; i < 20; i++) expect((await tasksOf(user)).status).toBe(200);

    await server.resume();
    await until(async () => (await readiness(app)).degraded === undefined, { what: 'readiness no longer names redis' });
    const after = await registerUser(app);
    expect((await tasksOf(after)).status).toBe(200);
    expect(await failedSignIns(app, uniqueEmail(), 1)).toEqual([401]);
    const redis = server.client();
    try {
      const keys = await redis.keys('api:rl:*');
      expect(keys.some((key) => key.startsWith('api:rl:login-account-client:'))).toBe(true);
    } finally {
      redis.disconnect();
    }

    expect(redisLines(logs, /is lost/)).toHaveLength(1);
    expect(redisLines(logs, /is lost/)[0].level).toBe('error');
    expect(redisLines(logs, /answers again/)).toHaveLength(1);
  });
});

describeWithRedisServer('an API started while Redis does not answer', () => {
  const logs = new LogCapture();
  const password = `pw-${randomUUID()}`;
  let port: number;
  let app: NestFastifyApplication;
  let server: RedisServer | undefined;
  beforeAll(async () => {
    port = await freePort();
    app = await appLoggingTo(logs, {
      REDIS_URL: `redis://:${password}@127.0.0.1:${port}`,
      REDIS_KEY_PREFIX: 'boot:',
    });
  });
  afterAll(async () => {
    await app.close();
    await server?.destroy();
  });

  it('starts on memory limits with a warning naming the URL, never its password, and picks Redis up later', async () => {
    const warning = redisLines(logs, /does not answer/);
    expect(warning).toHaveLength(1);
    expect(warning[0].level).toBe('warn');
    expect(warning[0].msg).toContain(`redis://:***@127.0.0.1:${port}`);
    expect(logs.text()).not.toContain(password);

    expect(await readiness(app)).toEqual({ status: 'ok', degraded: ['redis'] });
    const victim = await registerUser(app);
    expect(await failedSignIns(app, victim.email)).toEqual([...Array(LOGIN_LIMIT).fill(401), 429]);

    server = await RedisServer.start({ port, password });
    await until(async () => (await readiness(app)).degraded === undefined, { what: 'readiness no longer names redis' });
    expect(await failedSignIns(app, uniqueEmail(), 1)).toEqual([401]);
    const redis = server.client();
    try {
      expect((await redis.keys('boot:rl:login-account-client:*')).length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
    expect(redisLines(logs, /answers again/)).toHaveLength(1);
    expect(redisLines(logs, /is lost/)).toHaveLength(0);
    expect(logs.text()).not.toContain(password);
  });
});
