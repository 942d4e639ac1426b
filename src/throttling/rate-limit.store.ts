import type { ThrottlerStorage } from '@nestjs/throttler';

export interface WindowCount {
  hits: number;
  resetInMs: number;
}

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Fixed-window counters behind every rate limit. The memory store serves one process; the Redis
 * store is shared, so the limits hold however many instances run behind a load balancer.
 */
export abstract class RateLimitStore implements ThrottlerStorage {
  /** Counts one hit in the key's window, which starts with its first hit and lasts `windowMs`. */
  abstract hit(key: string, windowMs: number): Promise<WindowCount>;

  abstract reset(keys: string[]): Promise<void>;

  // A client over the limit waits until its window ends, so the throttler's blockDuration is unused.
  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerRecord> {
    const { hits, resetInMs } = await this.hit(key, ttl);
    const seconds = Math.max(1, Math.ceil(resetInMs / 1000));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
  }
}
