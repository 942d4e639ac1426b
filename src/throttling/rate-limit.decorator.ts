import { SetMetadata } from '@nestjs/common';
import type { RateLimits } from '../config/app-config';

export type RateLimitPolicy = keyof Pick<RateLimits, 'api' | 'login' | 'register' | 'refresh' | 'password'>;

export const RATE_LIMIT_POLICY = 'rateLimitPolicy';

/**
 * Puts a route under a stricter per-client limit than the API-wide one it would otherwise share.
 * Routes with the same policy share one counter per client.
 */
export const RateLimit = (policy: Exclude<RateLimitPolicy, 'api'>) => SetMetadata(RATE_LIMIT_POLICY, policy);
