/**
 * The load generator, in a process of its own so that it competes with the servers only for the
 * CPU, not for their event loop: autocannon at fixed concurrency for a fixed time, with exact
 * latency percentiles kept here (autocannon's own histogram rounds to whole milliseconds).
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { EXPECTED_STATUS, requestMaker, type CompleteRoute, type RequestKind } from './scenarios';
import type { Fixtures } from './seed';

export interface LoadJob {
  baseUrl: string;
  kind: RequestKind;
  connections: number;
  seconds: number;
  fixturesFile: string;
  completeRoute: CompleteRoute;
}

export interface LoadResult {
  responses: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Responses with another status than the scenario expects, by status. */
  unexpected: Record<string, number>;
  errors: number;
  timeouts: number;
  /** CPU the generator itself used, in milliseconds. */
  cpuMs: number;
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const fixtures = JSON.parse(readFileSync(job.fixturesFile, 'utf8')) as Fixtures;
  const make = requestMaker(job.kind, fixtures, job.completeRoute);
  let n = 0;
  const expected = EXPECTED_STATUS[job.kind];
  const latencies: number[] = [];
  const unexpected: Record<string, number> = {};
  const cpuBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.baseUrl,
        connections: job.connections,
        duration: job.seconds,
        timeout: 10,
        requests: [
          {
            setupRequest: (req) => {
              const next = make(n++);
              return { ...req, method: next.method, path: next.path, headers: next.headers, body: next.body };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== expected) unexpected[statusCode] = (unexpected[statusCode] ?? 0) + 1;
    });
  });
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN;
  return {
    responses: latencies.length,
    seconds: result.duration,
    rps: latencies.length / result.duration,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1] ?? NaN,
    unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

if (require.main === module) {
  process.once('message', (job: LoadJob) => {
    runLoad(job).then(
      (result) => process.send?.({ result }, () => process.exit(0)),
      (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
    );
  });
}
