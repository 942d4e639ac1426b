import { spawnSync } from 'node:child_process';
import Redis from 'ioredis';

/**
 * Specs that need what a newcomer may not have (a Redis server answering, or the redis-server
 * program to start one of their own) run when it is there and are skipped, with the reason, when it
 * is not. CI sets REQUIRE_REDIS=1: there a missing Redis fails the run instead, so those specs
 * cannot silently stop running.
 */
export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const SKIP_REASON = 'TEST_REDIS_SKIP_REASON';
const SERVER_SKIP_REASON = 'TEST_REDIS_SERVER_SKIP_REASON';

/** Why Redis at `url` cannot be used (no answer to PING within the timeout), or undefined if it can. */
export async function redisUnreachable(url: string, timeoutMs = 1500): Promise<string | undefined> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // The socket's own error (ECONNREFUSED, say) says more than the command's "Connection is closed".
  let socketError: Error | undefined;
  client.on('error', (error: Error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    return `nothing answers at ${url} (${(socketError ?? (error as Error)).message})`;
  } finally {
    client.disconnect();
  }
}

/** Why specs cannot start a Redis server of their own, or undefined if they can. */
export function redisServerMissing(env: NodeJS.ProcessEnv): string | undefined {
  const probe = spawnSync('redis-server', ['--version'], { env, stdio: 'ignore' });
  return probe.error || probe.status !== 0 ? 'no redis-server program on the PATH' : undefined;
}

/**
 * Run once by the e2e global setup, before the workers start (they inherit the environment).
 * Returns the lines to print, one per kind of spec skipped; throws instead when Redis is required.
 */
export async function checkRedis(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const unreachable = await redisUnreachable(env.REDIS_URL || 'redis://127.0.0.1:6379');
  const missing = redisServerMissing(env);
  if (env.REQUIRE_REDIS === '1' && (unreachable || missing)) {
    throw new Error(`REQUIRE_REDIS=1 but ${[unreachable, missing].filter(Boolean).join(', and ')}`);
  }
  const lines: string[] = [];
  for (const [variable, reason, line] of [
    [SKIP_REASON, unreachable, `Redis specs skipped: ${unreachable}; start Redis there or set REDIS_URL to run them.`],
    [SERVER_SKIP_REASON, missing, `Redis outage specs skipped: ${missing}; install Redis to run them.`],
  ] as const) {
    if (reason) {
      env[variable] = reason;
      lines.push(line);
    } else delete env[variable];
  }
  return lines;
}

/** `describe`, or a skipped one naming the reason when the global setup found Redis unreachable. */
export function describeWithRedis(name: string, fn: () => void): void {
  const reason = process.env[SKIP_REASON];
  if (reason) describe.skip(`${name} (skipped: ${reason})`, fn);
  else describe(name, fn);
}

/** `describe` for specs that start and stop a redis-server of their own, or a skipped one saying why not. */
export function describeWithRedisServer(name: string, fn: () => void): void {
  const reason = process.env[SERVER_SKIP_REASON];
  if (reason) describe.skip(`${name} (skipped: ${reason})`, fn);
  else describe(name, fn);
}

/**
 * `describe` for what only happens to root (the embedded server then runs as another user), or a
 * skipped one saying so. CI runs as root.
 */
export function describeAsRoot(name: string, fn: () => void): void {
  if (typeof process.getuid === 'function' && process.getuid() === 0) describe(name, fn);
  else describe.skip(`${name} (skipped: only root starts the embedded server as another user)`, fn);
}
