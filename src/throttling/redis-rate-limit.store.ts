import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Clock } from '../common/clock';
import type { RedisConnection } from '../redis/redis-connection';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
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
 * Counters shared by every instance through Redis. While Redis cannot be used, each hit is counted
 * in this instance's memory instead: the limits still hold per instance, only looser across
 * instances, and no request fails or waits for Redis. Each hit goes to exactly one of the two
 * stores, so none is counted twice; once Redis answers again, counting goes back to it (with the
 * counts it kept, if it kept any).
 */
export class RedisRateLimitStore extends RateLimitStore {
  private readonly logger = new Logger('RateLimit');
  private readonly fallback: MemoryRateLimitStore;
  private readonly redis: Redis & HitCommand;
  // A server that answers with errors (out of memory, read-only replica) is reported once, not per request.
  private refusing = false;

  constructor(
    private readonly connection: RedisConnection,
    private readonly prefix: string,
    clock: Clock,
  ) {
    super();
    this.fallback = new MemoryRateLimitStore(clock);
    this.redis = connection.client as Redis & HitCommand;
    if (!this.redis.rateLimitHit) this.redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    if (this.connection.available) {
      try {
        const [hits, resetInMs] = await this.redis.rateLimitHit(this.prefix + key, windowMs);
        this.refusing = false;
        return { hits, resetInMs };
      } catch (error) {
        this.failed(error as Error);
      }
    }
    return this.fallback.hit(key, windowMs);
  }

  // Both: counts kept in memory during an earlier outage must not outlive a success either.
  async reset(keys: string[]): Promise<void> {
    await this.fallback.reset(keys);
    if (!keys.length || !this.connection.available) return;
    try {
      await this.redis.del(...keys.map((key) => this.prefix + key));
    } catch (error) {
      this.failed(error as Error);
    }
  }

  private failed(error: Error): void {
    if (error.name === 'ReplyError' && !this.refusing) {
      this.refusing = true;
      this.logger.error(`Redis refused a rate-limit command (${error.message}); counting in memory meanwhile`);
    }
    this.connection.commandFailed(error);
  }
}
