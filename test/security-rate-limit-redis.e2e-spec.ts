import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Clock } from '../src/common/clock';
import { RedisConnection } from '../src/redis/redis-connection';
import { RedisRateLimitStore } from '../src/throttling/redis-rate-limit.store';
import { createTestApp, registerUser } from './support/test-app';
import { expectProblem, send } from './support/http';
import { describeWithRedis, TEST_REDIS_URL as REDIS_URL } from './support/services';
import { until } from './support/wait';

describeWithRedis('rate limits shared through Redis', () => {
  const prefix = `todo-api-test:${randomUUID()}:`;
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  describe(RedisRateLimitStore.name, () => {
    let connections: RedisConnection[];
    let store: RedisRateLimitStore;
    let twin: RedisRateLimitStore;
    beforeAll(async () => {
      connections = await Promise.all([RedisConnection.open(REDIS_URL), RedisConnection.open(REDIS_URL)]);
      store = new RedisRateLimitStore(connections[0], `${prefix}store:`, new Clock());
      twin = new RedisRateLimitStore(connections[1], `${prefix}store:`, new Clock());
    });
    afterAll(() => Promise.all(connections.map((connection) => connection.onApplicationShutdown())));

    it('counts in a fixed window that ends on its own', async () => {
      // The first hit sets the expiry in the same script, so its answer is the whole window.
      expect(await store.hit('a', 60_000)).toEqual({ hits: 1, resetInMs: 60_000 });
      expect((await store.hit('a', 60_000)).hits).toBe(2);
      const ttl = await redis.pttl(`${prefix}store:a`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    it('shares counts between instances and starts over once the window has passed', async () => {
      await store.hit('b', 60_000);
      expect((await twin.hit('b', 60_000)).hits).toBe(2);
      expect((await store.hit('b', 60_000)).hits).toBe(3);
      // Redis ends the window: the key's expiry, brought forward instead of waited for.
      expect(await redis.pexpire(`${prefix}store:b`, 1)).toBe(1);
      await until(async () => (await redis.exists(`${prefix}store:b`)) === 0, { what: 'the window key expired' });
      expect(await twin.hit('b', 60_000)).toEqual({ hits: 1, resetInMs: 60_000 });
      expect(await redis.pttl(`${prefix}store:b`)).toBeGreaterThan(0);
    });

    it('forgets reset keys', async () => {
      await store.hit('c', 60_000);
      await store.reset(['c']);
      expect((await twin.hit('c', 60_000)).hits).toBe(1);
    });
  });

  it('makes two instances of the API count a client together, with no email in any key', async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: `${prefix}apps:`, RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: '3/1m' };
    const one = await createTestApp(env);
    const two = await createTestApp(env);
    try {
      const user = await registerUser(one);
      const from = '10.20.0.1';
      const login = (app: NestFastifyApplication, password: string) =>
        send(app, 'POST', '/api/auth/login', { body: { email: user.email, password }, from });
      expect((await login(one, 'guess 1')).status).toBe(401);
      expect((await login(two, 'guess 2')).status).toBe(401);
      expect((await login(one, 'guess 3')).status).toBe(401);
      const refused = await login(two, user.password);
      expectProblem(refused, 429, 'too-many-requests');
      // Seconds left in a one-minute window that Redis keeps.
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect((await login(one, user.password)).status).toBe(429);

      const keys = await redis.keys(`${prefix}apps:*`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(' ')).not.toContain(user.email);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
