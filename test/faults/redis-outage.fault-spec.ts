import { randomUUID } from 'node:crypto';
import { RedisServer } from '../support/redis-server';
import { ApiProcess } from './support/api-process';
import { CLIENT_TIMEOUT_MS, registerUser, report, sleep, type ApiUser } from './support/load';
import { PgServer } from './support/pg-server';

// Low enough to reach in a few failed sign-ins.
const LOGIN_LIMIT = 3;
const WORKERS = 6;

type Kind = 'read' | 'write' | 'signIn';
type Phase = 'before' | 'during' | 'after';

interface Outcome {
  kind: Kind;
  phase: Phase;
  ms: number;
  status?: number;
  error?: string;
}

async function call(url: string, init: RequestInit = {}): Promise<{ status?: number; error?: string }> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
    await res.arrayBuffer();
    return { status: res.status };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const json = (token?: string) => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

function p99(outcomes: Outcome[]): number {
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] : NaN;
}

/** Wrong passwords for `email`, to each of `apis` in turn, until a 429; how many were sent. */
async function signInsUntilRefused(apis: ApiProcess[], email: string, max = 20): Promise<number> {
  for (let i = 1; i <= max; i++) {
    const { status } = await call(`${apis[i % apis.length].baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: json(),
      body: JSON.stringify({ email, password: `wrong-${randomUUID()}` }),
    });
    if (status === 429) return i;
    if (status !== 401) throw new Error(`a failed sign-in answered ${status}`);
  }
  return Infinity;
}

const readiness = async (api: ApiProcess) =>
  (await (await fetch(`${api.baseUrl}/api/health/ready`)).json()) as { status: string; degraded?: string[] };

/**
 * Two API processes sharing a Redis of the test's own, under a mixed load of reads, writes and
 * failed sign-ins; Redis is killed for a few seconds and started again (empty, as after a crash).
 */
describe('Redis stopped and started again under load', () => {
  let pg: PgServer;
  let redis: RedisServer;
  let instances: ApiProcess[];
  let user: ApiUser;
  beforeAll(async () => {
    pg = await PgServer.start();
    redis = await RedisServer.start();
    const env = {
      DATABASE_URL: await pg.createDatabase('todo'),
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'fault:',
      RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: `${LOGIN_LIMIT}/1m`,
    };
    instances = await Promise.all([ApiProcess.start(env), ApiProcess.start(env)]);
    user = await registerUser(instances[0].baseUrl);
  });
  afterAll(async () => {
    await Promise.all((instances ?? []).map((api) => api.stop()));
    await redis?.destroy();
    await pg?.destroy();
  });

  it('fails no request, keeps latency, limits sign-ins per instance, and goes back to Redis once it returns', async () => {
    const outcomes: Outcome[] = [];
    let phase: Phase = 'before';
    let stop = false;
    const victims = Array.from({ length: 4 }, () => `victim-${randomUUID()}@example.com`);
    const worker = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const api = instances[(n + i) % instances.length];
        const kind: Kind = i % 10 === 9 ? 'signIn' : i % 2 ? 'write' : 'read';
        const started = Date.now();
        const at = phase;
        const result =
          kind === 'read'
            ? await call(`${api.baseUrl}/api/tasks?limit=20`, { headers: json(user.accessToken) })
            : kind === 'write'
              ? await call(`${api.baseUrl}/api/tasks`, {
                  method: 'POST',
                  headers: json(user.accessToken),
                  body: JSON.stringify({ title: randomUUID() }),
                })
              : await call(`${api.baseUrl}/api/auth/login`, {
                  method: 'POST',
                  headers: json(),
                  body: JSON.stringify({ email: victims[i % victims.length], password: 'not the password' }),
                });
        outcomes.push({ kind, phase: at, ms: Date.now() - started, ...result });
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, n) => worker(n)));
    await sleep(4000);

    await redis.stop();
    phase = 'during';
    await sleep(1000);
    const readyDuring = await Promise.all(instances.map(readiness));
    const signInsToRefusal = await signInsUntilRefused([instances[0]], `outage-${randomUUID()}@example.com`);
    await sleep(3000);

    const backAt = await redis.resume();
    const usedAgainMs = await Promise.all(
      instances.map(async (api) => {
        while ((await readiness(api)).degraded) await sleep(20);
        return Date.now() - backAt;
      }),
    );
    phase = 'after';
    const client = redis.client();
    const keysAfter = await client.keys('fault:rl:*').finally(() => client.disconnect());
    const sharedAgain = await signInsUntilRefused(instances, `after-${randomUUID()}@example.com`);
    await sleep(2000);
    stop = true;
    await load;

    const of = (at: Phase) => outcomes.filter((o) => o.phase === at && o.kind !== 'signIn');
    const failed = outcomes.filter((o) =>
      o.kind === 'signIn' ? o.status !== 401 && o.status !== 429 : o.status !== 200 && o.status !== 201,
    );
    const lines = (api: ApiProcess, pattern: RegExp) =>
      api.logs.filter((line) => line.context === 'Redis' && pattern.test(String(line.msg))).length;
    const figures = {
      sent: outcomes.length,
      reads: outcomes.filter((o) => o.kind === 'read').length,
      writes: outcomes.filter((o) => o.kind === 'write').length,
      failedSignIns: outcomes.filter((o) => o.kind === 'signIn').length,
      refused429: outcomes.filter((o) => o.status === 429).length,
      failed: failed.length,
      p99BeforeMs: p99(of('before')),
      p99DuringMs: p99(of('during')),
      p99AfterMs: p99(of('after')),
      usedRedisAgainMs: usedAgainMs,
      signInsToReach429OnOneInstanceDuringOutage: signInsToRefusal,
      signInsToReach429AcrossInstancesAfter: sharedAgain,
      lossLines: instances.map((api) => lines(api, /is lost/)),
      recoveryLines: instances.map((api) => lines(api, /answers again/)),
    };
    report('redis-outage', figures);

    expect(instances.every((api) => api.running)).toBe(true);
    expect(failed).toEqual([]);
    expect(of('during').length).toBeGreaterThan(0);
    expect(readyDuring).toEqual([
      { status: 'ok', degraded: ['redis'] },
      { status: 'ok', degraded: ['redis'] },
    ]);
    // A fallback that waited on Redis (its command timeout is 500 ms) would show here.
    expect(figures.p99DuringMs).toBeLessThan(figures.p99BeforeMs * 2 + 100);
    expect(signInsToRefusal).toBe(LOGIN_LIMIT + 1);
    expect(Math.max(...usedAgainMs)).toBeLessThan(5000);
    expect(keysAfter.length).toBeGreaterThan(0);
    // Counted together again: alternating between the instances reaches the limit as one would.
    expect(sharedAgain).toBe(LOGIN_LIMIT + 1);
    expect(figures.lossLines).toEqual([1, 1]);
    expect(figures.recoveryLines).toEqual([1, 1]);
  });
});
