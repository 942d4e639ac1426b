import { Logger, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimitStore, type WindowCount } from './rate-limit.store';

// INCR and the first PEXPIRE in one script: a crash between them can never leave a counter without an end.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}`;

interface HitCommand {
  rateLimitHit(key: string, windowMs: number): Promise<[number, number]>;
}

/**
 * Counters shared by every instance. Without Redis the limits cannot be enforced, so requests that
 * need them get a 503 (quickly: no offline queue) rather than going through unlimited.
 */
export class RedisRateLimitStore extends RateLimitStore implements OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');

  private constructor(
    private readonly redis: Redis & HitCommand,
    private readonly prefix: string,
  ) {
    super();
  }

  static async connect(url: string, prefix: string): Promise<RedisRateLimitStore> {
    const redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 1000,
    });
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    const store = new RedisRateLimitStore(redis as Redis & HitCommand, prefix);
    redis.on('error', (error: Error) => store.logger.warn(`Redis: ${error.message}`));
    await redis.connect();
    return store;
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [hits, resetInMs] = await this.call(() => this.redis.rateLimitHit(this.prefix + key, windowMs));
    return { hits, resetInMs };
  }

  async reset(keys: string[]): Promise<void> {
    if (keys.length) await this.call(() => this.redis.del(...keys.map((key) => this.prefix + key)));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      this.logger.error(`rate limit store unavailable: ${(error as Error).message}`);
      throw new ServiceUnavailableException('The service is temporarily unavailable; retry shortly.');
    }
  }
}
