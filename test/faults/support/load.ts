import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { Client } from 'pg';
import { ascending } from '../../support/sort';
import { sleep } from '../../support/wait';

export interface Outcome {
  title: string;
  startedAt: number;
  endedAt: number;
  status?: number;
  contentType?: string;
  detail?: string;
  /** Set when no HTTP answer came: the connection was refused, reset or timed out. */
  error?: string;
}

export interface ApiUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

/** Every load and probe in these tests gives up on its own after this long. */
export const CLIENT_TIMEOUT_MS = 15_000;

export async function registerUser(baseUrl: string): Promise<ApiUser> {
  const email = `fault-${randomUUID()}@example.com`;
  const password = `pw-${randomUUID()}`;
  const res = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string }; accessToken: string; refreshToken: string };
  return { id: body.user.id, email, password, accessToken: body.accessToken, refreshToken: body.refreshToken };
}

/** One create with a unique title, over `agent`; never throws, always says how it ended. */
export function createTask(baseUrl: string, token: string, agent: Agent, title = randomUUID()): Promise<Outcome> {
  const startedAt = Date.now();
  const body = JSON.stringify({ title });
  return new Promise((resolve) => {
    const req = request(
      `${baseUrl}/api/tasks`,
      {
        method: 'POST',
        agent,
        timeout: CLIENT_TIMEOUT_MS,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let detail: string | undefined;
          try {
            detail = (JSON.parse(text) as { detail?: string }).detail;
          } catch {
            detail = text.slice(0, 200);
          }
          resolve({
            title,
            startedAt,
            endedAt: Date.now(),
            status: res.statusCode,
            contentType: res.headers['content-type'],
            detail,
          });
        });
        res.on('error', (error) => resolve({ title, startedAt, endedAt: Date.now(), error: describe(error) }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', (error) => resolve({ title, startedAt, endedAt: Date.now(), error: describe(error) }));
    req.end(body);
  });
}

function describe(error: Error): string {
  return (error as NodeJS.ErrnoException).code ?? error.message;
}

export interface LoadOptions {
  baseUrl: string;
  token: string;
  workers: number;
  /** Checked before each request; the loop ends when it says so, at `maxRequests`, or after `maxMs`. */
  stop: () => boolean;
  maxRequests?: number;
  maxMs?: number;
}

/** `workers` loops of creates, each on its own keep-alive connection, as a proxy's pool would send them. */
export function runCreateLoad(options: LoadOptions): { outcomes: Outcome[]; done: Promise<Outcome[]> } {
  const agent = new Agent({ keepAlive: true, maxSockets: options.workers });
  const outcomes: Outcome[] = [];
  const max = options.maxRequests ?? 50_000;
  const endsAt = Date.now() + (options.maxMs ?? 60_000);
  const worker = async () => {
    while (!options.stop() && outcomes.length < max && Date.now() < endsAt) {
      const outcome = await createTask(options.baseUrl, options.token, agent);
      outcomes.push(outcome);
      // A refused connection answers at once: pace the retries instead of spinning.
      if (outcome.error) await sleep(50);
    }
  };
  const done = Promise.all(Array.from({ length: options.workers }, worker)).then(() => {
    agent.destroy();
    return outcomes;
  });
  return { outcomes, done };
}

/** How many rows each title has in the owner's tasks. */
export async function rowsByTitle(databaseUrl: string, ownerId: string): Promise<Map<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ title: string; n: number }>(
      'SELECT title, count(*)::int AS n FROM tasks WHERE owner_id = $1 GROUP BY title',
      [ownerId],
    );
    return new Map(rows.map((row) => [row.title, row.n]));
  } finally {
    await client.end();
  }
}

export interface Tally {
  sent: number;
  created: number;
  unavailable: number;
  otherStatus: number;
  noAnswer: number;
  /** Answered 201 but not in the database. */
  lost: number;
  /** Titles stored more than once. */
  duplicated: number;
  /** Answered with an error, yet stored: the client was told it failed when it had not. */
  storedDespiteError: number;
  maxFailureMs: number;
}

export function tally(outcomes: Outcome[], rows: Map<string, number>): Tally {
  const failures = outcomes.filter((o) => o.status !== 201);
  return {
    sent: outcomes.length,
    created: outcomes.filter((o) => o.status === 201).length,
    unavailable: outcomes.filter((o) => o.status === 503).length,
    otherStatus: outcomes.filter((o) => o.status !== undefined && o.status !== 201 && o.status !== 503).length,
    noAnswer: outcomes.filter((o) => o.error !== undefined).length,
    lost: outcomes.filter((o) => o.status === 201 && !rows.has(o.title)).length,
    duplicated: [...rows.values()].filter((n) => n > 1).length,
    storedDespiteError: failures.filter((o) => rows.has(o.title)).length,
    maxFailureMs: Math.max(0, ...failures.map((o) => o.endedAt - o.startedAt)),
  };
}

/** Time from `since` to the end of the first create that was sent after it and succeeded. */
/**
 * What every database fault must leave true: the process up, liveness 200 and readiness a quick
 * 503, failures only as 503 problem+json, and nothing unanswered, lost or written twice.
 */
export function expectOutageHandled(
  apiRunning: boolean,
  probes: { live: { status: number }; ready: { status: number; ms: number } },
  outcomes: Outcome[],
  figures: Tally,
): void {
  expect(apiRunning).toBe(true);
  expect(probes.live.status).toBe(200);
  expect(probes.ready.status).toBe(503);
  expect(probes.ready.ms).toBeLessThan(1500);
  expect(figures.unavailable).toBeGreaterThan(0);
  expect(figures.otherStatus).toBe(0);
  expect(figures.noAnswer).toBe(0);
  expect(figures.lost).toBe(0);
  expect(figures.duplicated).toBe(0);
  const failures = outcomes.filter((o) => o.status === 503);
  expect(failures.every((o) => o.contentType?.startsWith('application/problem+json'))).toBe(true);
}

export function recoveryMs(outcomes: Outcome[], since: number): number | undefined {
  const first = outcomes.filter((o) => o.startedAt >= since && o.status === 201).sort(ascending((o) => o.endedAt))[0];
  return first ? first.endedAt - since : undefined;
}

/** One line the CI log keeps, with the figures a fault test measured. */
export function report(fault: string, figures: object): void {
  process.stdout.write(`\nFAULT ${fault}: ${JSON.stringify(figures)}\n`);
}

export { sleep };

export async function timedFetch(url: string, init?: RequestInit): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
  await res.arrayBuffer();
  return { status: res.status, ms: Date.now() - started };
}
