/**
 * npm run bench: PostgreSQL, seed data, the API in production mode and the hand-written baseline
 * side by side, the same load on each in interleaved rounds, and a report of both.
 * Options: --quick, --rounds=N, --duration=S, --warmup=S, --connections=N, --scenarios=a,b,
 * --users=N, --tasks=N, --bcrypt-cost=N, --complete-route=auto|complete|patch, --profile, --write,
 * --no-write, --reference=path/to/main.js (measure against another build of the API instead of the
 * baseline, to weigh a change to src in one run). The database is BENCH_DATABASE_URL or DATABASE_URL if set, else an embedded one.
 */
import { fork, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { BcryptJob, BcryptResult } from './bcrypt-ceiling';
import { freePort, openBenchDatabase, type BenchDatabase } from './database';
import type { LoadJob, LoadResult } from './load';
import { checkParity, send } from './parity';
import { formatSummary, summarize } from './profile';
import {
  evaluateTargets,
  markdownReport,
  terminalReport,
  type Measure,
  type RunInfo,
  type ScenarioRun,
  type ServerName,
} from './report';
import { SCENARIOS, type CompleteRoute, type RequestKind, type Scenario } from './scenarios';
import { resetWrites, seed, type Fixtures } from './seed';
import { cpuSince, ServerProcess, treeCpuMs } from './servers';

interface Options {
  quick: boolean;
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  scenarios: Scenario[];
  users: number;
  tasksPerUser: number;
  bcryptCost: number;
  bcryptConcurrency: number;
  completeRoute: CompleteRoute | 'auto';
  profile: boolean;
  write: boolean;
  reference: string | undefined;
}

const ROOT = join(__dirname, '..', '..');
const DOC = join(ROOT, 'docs', 'benchmarks.md');
const START_MARK = '<!-- bench:results:start -->';
const END_MARK = '<!-- bench:results:end -->';
const JWT_ISSUER = 'todo-api';
const JWT_AUDIENCE = 'todo-api';
const ACCESS_TTL_SECONDS = 900;

/**
 * The API's rate limits (per client for every route, and per account and client for logins) would
 * answer the load with 429s: it is started with limits no run can reach. RATE_LIMIT_* variables
 * set for the bench are passed on instead.
 */
const GENEROUS_LIMITS: Record<string, string> = {
  RATE_LIMIT_API: '1000000000/1m',
  RATE_LIMIT_LOGIN: '1000000000/1m',
  RATE_LIMIT_LOGIN_ACCOUNT: '1000000000/1m',
  RATE_LIMIT_LOGIN_ACCOUNT_CLIENT: '1000000000/1m',
};

function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true' },
      rounds: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      scenarios: { type: 'string' },
      users: { type: 'string' },
      tasks: { type: 'string' },
      'bcrypt-cost': { type: 'string' },
      'complete-route': { type: 'string', default: env.BENCH_COMPLETE_ROUTE ?? 'auto' },
      profile: { type: 'boolean', default: false },
      write: { type: 'boolean' },
      'no-write': { type: 'boolean', default: false },
      reference: { type: 'string' },
    },
  });
  const quick = values.quick ?? false;
  const number = (raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`expected a number of at least ${min}, got "${raw}"`);
    return n;
  };
  const names = values.scenarios?.split(',').map((s) => s.trim()) ?? SCENARIOS.map((s) => s.name);
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length)
    throw new Error(`unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  const route = values['complete-route'];
  if (route !== 'auto' && route !== 'complete' && route !== 'patch') {
    throw new Error('--complete-route must be auto, complete or patch');
  }
  return {
    quick,
    rounds: number(values.rounds, quick ? 1 : 3, 1),
    seconds: number(values.duration, quick ? 2 : 10, 1),
    warmupSeconds: number(values.warmup, quick ? 1 : 3, 0),
    connections: number(values.connections, 32, 1),
    scenarios: SCENARIOS.filter((s) => names.includes(s.name)),
    users: number(values.users, 200, 1),
    tasksPerUser: number(values.tasks, 200, 20),
    bcryptCost: number(values['bcrypt-cost'], quick ? 10 : 12, 10),
    bcryptConcurrency: number(env.BCRYPT_CONCURRENCY, 2, 1),
    completeRoute: route,
    profile: values.profile ?? false,
    write:
      values['no-write'] || values.reference
        ? false
        : (values.write ?? (!quick && !values.profile && !values.scenarios)),
    reference: values.reference,
  };
}

function child<T>(script: string, job: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = fork(join(__dirname, script), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    worker.once('message', (message: { result?: T; error?: string }) => {
      settled = true;
      if (message.error !== undefined) reject(new Error(`${script}: ${message.error}`));
      else resolve(message.result as T);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${script} exited with ${code} before answering`));
    });
    worker.send(job as object);
  });
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function describeMachine(): string {
  const osRelease = existsSync('/etc/os-release')
    ? (/^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '')
    : '';
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${osRelease || 'Linux'} (kernel ${release()})`;
}

function describeCommit(): string {
  // A tree exported without its history (an archive, say) can still name what it was made from.
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  const sha = git('rev-parse', '--short', 'HEAD');
  if (!sha) return 'unknown (not a git checkout)';
  const dirty = git('status', '--porcelain', '--untracked-files=no');
  return `${sha}${dirty ? ' with uncommitted changes' : ''}`;
}

/** Replaces the generated section of docs/benchmarks.md, formatted as the repository's format check wants. */
async function writeDoc(markdown: string): Promise<void> {
  const section = `${START_MARK}\n${markdown}\n${END_MARK}`;
  let doc = existsSync(DOC)
    ? readFileSync(DOC, 'utf8')
    : `# Benchmarks\n\n## Latest full run\n\n${START_MARK}\n${END_MARK}\n`;
  const start = doc.indexOf(START_MARK);
  const end = doc.indexOf(END_MARK);
  doc =
    start >= 0 && end > start
      ? doc.slice(0, start) + section + doc.slice(end + END_MARK.length)
      : `${doc}\n${section}\n`;
  const prettier = await import('prettier');
  doc = await prettier.format(doc, { ...(await prettier.resolveConfig(DOC)), filepath: DOC });
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(DOC, doc);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const workDir = join(ROOT, '.data', 'bench', stamp);
  mkdirSync(workDir, { recursive: true });
  const log = (message: string) => console.log(`[bench] ${message}`);
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error: unknown) => console.error(error));
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
    const db: BenchDatabase = await openBenchDatabase(serverUrl, join(tmpdir(), 'todo-bench'));
    stops.push(() => db.stop());
    log(`database: ${db.label}`);

    const secret = randomBytes(48).toString('base64');
    const shared: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      JWT_SECRET: secret,
      BCRYPT_COST: String(options.bcryptCost),
      BCRYPT_CONCURRENCY: String(options.bcryptConcurrency),
      DB_POOL_SIZE: '4',
    };
    const passOn = Object.fromEntries(
      Object.entries(process.env).filter(
        (e): e is [string, string] => /^(RATE_LIMIT_|LOG_LEVEL$)/.test(e[0]) && e[1] !== undefined,
      ),
    );
    const apiEnv = (port: number) => ({
      ...shared,
      ...GENEROUS_LIMITS,
      ...passOn,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_ACCESS_TTL: `${ACCESS_TTL_SECONDS}s`,
      JWT_ISSUER,
      JWT_AUDIENCE,
    });
    const apiPort = await freePort();
    const profileDir = join(workDir, 'profile');
    const api = new ServerProcess({
      name: 'API',
      args: [
        ...(options.profile
          ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '-r', join(__dirname, 'profile-exit.js')]
          : []),
        join(__dirname, '..', 'src', 'main.js'),
      ],
      env: apiEnv(apiPort),
      port: apiPort,
      logFile: join(workDir, 'api.log'),
      readyPath: '/api/health',
    });
    // The API applies the migrations as it starts, so it comes up before the seed.
    await api.start();
    stops.push(() => api.stop(15_000, options.profile ? 'SIGUSR2' : 'SIGTERM'));
    log(`API (production build) on ${api.baseUrl}, pid ${api.pid}`);

    const started = Date.now();
    const fixtures: Fixtures = await seed(db.url, {
      users: options.users,
      tasksPerUser: options.tasksPerUser,
      bcryptCost: options.bcryptCost,
      jwt: { secret: Buffer.from(secret, 'utf8'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      tokenTtlSeconds: 3600,
    });
    const fixturesFile = join(workDir, 'fixtures.json');
    writeFileSync(fixturesFile, JSON.stringify(fixtures));
    log(`seeded ${options.users} users × ${options.tasksPerUser} tasks in ${Date.now() - started} ms`);

    const baselinePort = await freePort();
    const baseline = new ServerProcess({
      name: options.reference ? 'reference' : 'baseline',
      args: [options.reference ?? join(__dirname, 'baseline', 'server.js')],
      env: options.reference
        ? apiEnv(baselinePort)
        : {
            ...shared,
            PORT: String(baselinePort),
            JWT_ACCESS_TTL_SECONDS: String(ACCESS_TTL_SECONDS),
            JWT_ISSUER,
            JWT_AUDIENCE,
          },
      port: baselinePort,
      logFile: join(workDir, 'baseline.log'),
      readyPath: '/api/health',
    });
    await baseline.start();
    stops.push(() => baseline.stop());
    log(
      options.reference
        ? `reference API build ${options.reference} on ${baseline.baseUrl}, pid ${baseline.pid}`
        : `baseline (node:http + pg) on ${baseline.baseUrl}, pid ${baseline.pid}`,
    );

    const reset = () => resetWrites(db.url, fixtures);
    let completeRoute: CompleteRoute = options.completeRoute === 'auto' ? 'patch' : options.completeRoute;
    if (options.completeRoute === 'auto') {
      const user = fixtures.users[0];
      const probe = await send(api.baseUrl, {
        method: 'PATCH',
        path: `/api/tasks/${user.taskIds[0]}/complete`,
        headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
        body: '{"completed":true}',
      });
      completeRoute = probe.status === 200 ? 'complete' : 'patch';
    }
    const completePath = completeRoute === 'complete' ? 'PATCH /api/tasks/:id/complete' : 'PATCH /api/tasks/:id';
    log(`complete scenario uses ${completePath} with {"completed": true|false}`);

    const parity = await checkParity({
      apiUrl: api.baseUrl,
      baselineUrl: baseline.baseUrl,
      fixtures,
      completeRoute,
      statementLog: db.statementLog,
      reset,
    });
    for (const p of parity) {
      log(
        `parity ${p.kind}: SQL ${p.sql}, JSON ${p.json}, headers ${p.headers}${p.notes.length ? ` (${p.notes.join('; ')})` : ''}`,
      );
    }

    const servers: Record<ServerName, ServerProcess> = { api, baseline };
    const loadJob = (server: ServerName, kind: RequestKind, connections: number, seconds: number): LoadJob => ({
      baseUrl: servers[server].baseUrl,
      kind,
      connections,
      seconds,
      fixturesFile,
      completeRoute,
    });
    const measure = async (
      scenario: Scenario,
      server: ServerName,
      round: number,
      seconds: number,
    ): Promise<Measure> => {
      await reset();
      const dbPid = db.serverPid();
      const dbBefore = dbPid ? treeCpuMs(dbPid) : undefined;
      const before = servers[server].beginRound();
      const [load, background] = await Promise.all([
        child<LoadResult>(
          'load.js',
          loadJob(server, scenario.kind, scenario.connections ?? options.connections, seconds),
        ),
        scenario.background
          ? child<LoadResult>(
              'load.js',
              loadJob(server, scenario.background.kind, scenario.background.connections, seconds),
            )
          : Promise.resolve(undefined),
      ]);
      const after = servers[server].endRound();
      return {
        server,
        round,
        load,
        background,
        serverCpuMs: after.cpuMs - before.cpuMs,
        dbCpuMs: dbPid && dbBefore ? cpuSince(dbBefore, treeCpuMs(dbPid)) : undefined,
        peakRss: after.peakRss,
      };
    };

    const runs: ScenarioRun[] = [];
    for (const scenario of options.scenarios) {
      log(`${scenario.name}: ${scenario.title}`);
      for (const server of ['api', 'baseline'] as const) {
        if (options.warmupSeconds > 0) await measure(scenario, server, -1, options.warmupSeconds);
      }
      const run: ScenarioRun = { scenario, measures: [], bcrypt: [] };
      for (let round = 0; round < options.rounds; round++) {
        // Alternate which server goes first, so drift within a round weighs on both alike.
        const order: ServerName[] = round % 2 === 0 ? ['api', 'baseline'] : ['baseline', 'api'];
        for (const server of order) {
          const m = await measure(scenario, server, round, options.seconds);
          run.measures.push(m);
          const bg = m.background ? `, ${m.background.rps.toFixed(1)} logins/s alongside` : '';
          log(
            `  round ${round + 1} ${server.padEnd(8)} ${m.load.rps.toFixed(0).padStart(6)} req/s  p50 ${m.load.p50.toFixed(1)} ms  p99 ${m.load.p99.toFixed(1)} ms${bg}`,
          );
        }
        if (scenario.kind === 'login' && !scenario.background) {
          const job: BcryptJob = {
            cost: options.bcryptCost,
            concurrency: options.bcryptConcurrency,
            seconds: options.seconds,
          };
          const result = await child<BcryptResult>('bcrypt-ceiling.js', job);
          run.bcrypt.push(result);
          log(`  round ${round + 1} bare bcrypt ${result.perSecond.toFixed(1)} compares/s`);
        }
      }
      runs.push(run);
    }

    const info: RunInfo = {
      against: options.reference ? 'reference' : 'baseline',
      date: new Date(),
      machine: describeMachine(),
      node: `Node ${process.version}`,
      database: db.label,
      commit: describeCommit(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      settings:
        `${options.connections} connections; ${options.rounds} round(s) of ${options.seconds} s per server after ` +
        `${options.warmupSeconds} s warm-up, API and baseline alternating; ${options.users} users × ${options.tasksPerUser} tasks; ` +
        `bcrypt cost ${options.bcryptCost}, ${options.bcryptConcurrency} at a time; DB pool 4; complete via ${completePath}` +
        (options.profile ? '; API under --cpu-prof' : ''),
      parity,
    };

    await stopAll();
    console.log(`\n${terminalReport(info, runs)}\n`);
    if (options.profile) {
      const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      if (!file) throw new Error(`no CPU profile was written to ${profileDir}`);
      const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8'));
      const summary = formatSummary(summarize(profile, 25, api.readyAfterMs));
      writeFileSync(join(profileDir, 'summary.txt'), summary);
      console.log(`API CPU profile: ${relative(ROOT, join(profileDir, file))}\n${summary}\n`);
    }
    if (options.write) {
      await writeDoc(markdownReport(info, runs));
      log(`wrote ${relative(ROOT, DOC)}`);
    }
    log(`logs and fixtures in ${relative(ROOT, workDir)}`);

    // Timing targets are for full runs on a quiet machine; failed requests are a broken harness or server.
    const failed = evaluateTargets(runs).find((t) => t.name === 'API errors' && t.met === false);
    const baselineFailures = runs.some((run) =>
      run.measures.some(
        (m) => m.server === 'baseline' && (Object.keys(m.load.unexpected).length > 0 || m.load.errors > 0),
      ),
    );
    if (failed || baselineFailures) {
      console.error('[bench] some requests failed: see the non-2xx/errors column and the server logs');
      return 1;
    }
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
