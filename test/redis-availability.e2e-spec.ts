import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkRedis, describeWithRedis, redisUnreachable, TEST_REDIS_URL } from './support/services';
import { freePort } from './support/wait';

const ROOT = join(__dirname, '..');
const REDIS_SPEC = join(__dirname, 'security-rate-limit-redis.e2e-spec.ts');

/** The Redis spec in a jest run of its own, with the environment given. */
function runRedisSpec(env: Record<string, string | undefined>) {
  const child = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/jest/bin/jest.js'), '--ci', '--selectProjects=e2e', '--runTestsByPath', REDIS_SPEC],
    // The run makes its throw-away database on this run's server rather than starting another one.
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 100_000,
      env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, ...env },
    },
  );
  return { status: child.status, output: `${child.stdout}${child.stderr}` };
}

describe('specs that need Redis', () => {
  let deadUrl: string;
  beforeAll(async () => {
    deadUrl = `redis://127.0.0.1:${await freePort()}`;
  });

  it('finds out that nothing answers, naming where it looked', async () => {
    expect(await redisUnreachable(deadUrl)).toContain(deadUrl);
  });

  it('are skipped with a one-line reason when Redis is unreachable', async () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, REDIS_URL: deadUrl };
    const lines = await checkRedis(env);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Redis specs skipped: nothing answers at ${deadUrl}.*set REDIS_URL`));
    expect(lines[0]).not.toContain('\n');
    expect(env.TEST_REDIS_SKIP_REASON).toContain(deadUrl);
  });

  it('that start a redis-server of their own are skipped with a one-line reason when there is none', async () => {
    const env: NodeJS.ProcessEnv = { PATH: '/nonexistent', REDIS_URL: TEST_REDIS_URL };
    const lines = await checkRedis(env);
    expect(lines.filter((line) => line.startsWith('Redis outage specs skipped'))).toEqual([
      'Redis outage specs skipped: no redis-server program on the PATH; install Redis to run them.',
    ]);
    expect(env.TEST_REDIS_SERVER_SKIP_REASON).toBe('no redis-server program on the PATH');
  });

  it('fail the run instead when REQUIRE_REDIS=1', async () => {
    await expect(checkRedis({ PATH: process.env.PATH, REDIS_URL: deadUrl, REQUIRE_REDIS: '1' })).rejects.toThrow(
      /^REQUIRE_REDIS=1 but nothing answers at/,
    );
    await expect(checkRedis({ PATH: '/nonexistent', REDIS_URL: deadUrl, REQUIRE_REDIS: '1' })).rejects.toThrow(
      /, and no redis-server program on the PATH$/,
    );
  });

  it('in a real run: skipped and green without Redis, failed when it is required', () => {
    const skipped = runRedisSpec({ REDIS_URL: deadUrl, REQUIRE_REDIS: undefined });
    expect(skipped.output).toContain(`Redis specs skipped: nothing answers at ${deadUrl}`);
    expect(skipped.output).toMatch(/Tests:\s+\d+ skipped, \d+ total/);
    expect(skipped.status).toBe(0);

    const required = runRedisSpec({ REDIS_URL: deadUrl, REQUIRE_REDIS: '1' });
    expect(required.output).toContain(`REQUIRE_REDIS=1 but nothing answers at ${deadUrl}`);
    expect(required.status).not.toBe(0);
  }, 120_000);

  describeWithRedis('when Redis answers', () => {
    it('runs them', async () => {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        REDIS_URL: TEST_REDIS_URL,
        TEST_REDIS_SKIP_REASON: 'stale',
      };
      await checkRedis(env);
      expect(env.TEST_REDIS_SKIP_REASON).toBeUndefined();
    });
  });
});
