import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Clock } from '../src/common/clock';
import { RedisConnection } from '../src/redis/redis-connection';
import { RedisRateLimitStore } from '../src/throttling/redis-rate-limit.store';
import { createTestApp, registerUser } from './support/test-app';
import { send } from './support/http';

const REDIS_URL = 'redis://127.0.0.1:6379';

describe('rate limits shared through Redis', () => {
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
      const first = await store.hit('a', 5000);
      expect(first.hits).toBe(1);
      expect(first.resetInMs).toBeGreaterThan(4000);
      expect((await store.hit('a', 5000)).hits).toBe(2);
      const ttl = await redis.pttl(`${prefix}store:a`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5000);
    });

    it('shares counts between instances and starts over once the window has passed', async () => {
      await store.hit('b', 300);
      expect((await twin.hit('b', 300)).hits).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await twin.hit('b', 300)).hits).toBe(1);
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
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

      const keys = await redis.keys(`${prefix}apps:*`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(' ')).not.toContain(user.email);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
