import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RedisConnection } from './redis-connection';

/** The shared Redis connection, or `RedisConnection.none()` when REDIS_URL is not set. */
@Module({
  providers: [
    {
      provide: RedisConnection,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Promise<RedisConnection> | RedisConnection =>
        config.redisUrl ? RedisConnection.open(config.redisUrl) : RedisConnection.none(),
    },
  ],
  exports: [RedisConnection],
})
export class RedisModule {}
