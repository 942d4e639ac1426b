import { Module } from '@nestjs/common';
import { getOptionsToken, getStorageToken, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { ExecutionContext } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RedisConnection } from '../redis/redis-connection';
import { RedisModule } from '../redis/redis.module';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RATE_LIMIT_POLICY, type RateLimitPolicy } from './rate-limit.decorator';
import { RateLimitStore } from './rate-limit.store';
import { RedisRateLimitStore } from './redis-rate-limit.store';

export const TOO_MANY_REQUESTS = 'Too many requests; retry after the number of seconds in Retry-After.';

function policyOf(context: ExecutionContext): RateLimitPolicy {
  return (Reflect.getMetadata(RATE_LIMIT_POLICY, context.getHandler()) as RateLimitPolicy | undefined) ?? 'api';
}

export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      {
        // The default name keeps the plain header names (Retry-After, X-RateLimit-*).
        name: 'default',
        limit: (context) => config.rateLimits[policyOf(context)].limit,
        ttl: (context) => config.rateLimits[policyOf(context)].windowSeconds * 1000,
      },
    ],
    // One counter per policy and client, not per route: change-password and account deletion share one.
    generateKey: (context, tracker) => `${policyOf(context)}:${tracker}`,
    errorMessage: TOO_MANY_REQUESTS,
  };
}

/**
 * Rate limiting on @nestjs/throttler, whose guard (registered globally by the auth module, ahead of
 * the token check) answers 429 with Retry-After, over our own store: in memory, or in Redis when
 * REDIS_URL is set so that every instance counts together (in memory again while Redis is lost).
 */
@Module({
  imports: [RedisModule],
  providers: [
    {
      provide: RateLimitStore,
      inject: [APP_CONFIG, RedisConnection, Clock],
      useFactory: (config: AppConfig, redis: RedisConnection, clock: Clock): RateLimitStore =>
        redis.configured
          ? new RedisRateLimitStore(redis, `${config.redisKeyPrefix}rl:`, clock)
          : new MemoryRateLimitStore(clock),
    },
    { provide: getStorageToken(), useExisting: RateLimitStore },
    { provide: getOptionsToken(), inject: [APP_CONFIG], useFactory: throttlerOptions },
  ],
  exports: [RateLimitStore, getStorageToken(), getOptionsToken()],
})
export class ThrottlingModule {}
