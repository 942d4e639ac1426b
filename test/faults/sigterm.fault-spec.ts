import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiProcess, type Exit } from './support/api-process';
import { createTask, registerUser, report, rowsByTitle, runCreateLoad, sleep, type ApiUser } from './support/load';
import { alive, PgServer, postmasterPid, postmasterPort } from './support/pg-server';
import { until } from '../support/wait';

// Fewer than the pool has connections (4), so the load still gets some.
const HELD = 2;

/**
 * The API started its own embedded PostgreSQL (no DATABASE_URL), as in development: on SIGTERM
 * it must finish what is in flight, close, stop that server, and exit 0 within 10 s.
 */
describe('SIGTERM under load', () => {
  let root: string;
  let api: ApiProcess;
  let loadUser: ApiUser;
  let heldUser: ApiUser;
  let locker: Client;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'todo-sigterm-'));
    chmodSync(root, 0o755);
    api = await ApiProcess.start({ NODE_ENV: 'development', DATA_DIR: root });
    loadUser = await registerUser(api.baseUrl);
    heldUser = await registerUser(api.baseUrl);
    const port = postmasterPort(join(root, 'postgres'));
    locker = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/todo` });
    // The API stops this server under the client's feet; that is expected.
    locker.on('error', () => undefined);
    await locker.connect();
  });
  afterAll(async () => {
    if (api?.running) api.signal('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('lets every request in flight finish, stops its database and exits 0 within 10 s', async () => {
    const dataDir = join(root, 'postgres');
    const postmaster = postmasterPid(dataDir);

    // Requests that are in flight for sure: their inserts wait on a row lock the test holds.
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [heldUser.id]);
    const lockerPid = (await locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const heldAgent = new Agent({ keepAlive: false });
    const held = Array.from({ length: HELD }, () => createTask(api.baseUrl, heldUser.accessToken, heldAgent));
    await until(async () => {
      // Activity statistics are a snapshot taken once per transaction: clear it to see now.
      await locker.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await locker.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
        [lockerPid],
      );
      return rows[0].n >= HELD;
    });

    let exit: Exit | undefined;
    void api.exited.then((e) => (exit = e));
    const load = runCreateLoad({ baseUrl: api.baseUrl, token: loadUser.accessToken, workers: 6, stop: () => !!exit });
    await sleep(1500);

    const signalledAt = api.signal('SIGTERM');
    await sleep(1000);
    await locker.query('COMMIT');
    await locker.end();

    const heldOutcomes = await Promise.all(held);
    exit = await api.exited;
    const outcomes = await load.done;
    const stoppedInMs = exit.at - signalledAt;

    // The API stopped its database; start it again to count what was written.
    const pg = await PgServer.reopen(dataDir);
    try {
      const loadRows = await rowsByTitle(pg.url('todo'), loadUser.id);
      const heldRows = await rowsByTitle(pg.url('todo'), heldUser.id);
      const inFlight = outcomes.filter((o) => o.startedAt < signalledAt && o.endedAt >= signalledAt);
      const answered503 = outcomes.filter((o) => o.status === 503);
      const noAnswer = outcomes.filter((o) => o.error !== undefined);
      // A request fails when it was taken and then cut, or answered anything but 201 or the
      // shutdown's 503 (which is sent before any work, and tells the client to go elsewhere).
      const failed = outcomes.filter(
        (o) =>
          (o.status !== undefined && o.status !== 201 && o.status !== 503) ||
          (o.status !== 201 && loadRows.has(o.title)),
      );
      const lost = outcomes.filter((o) => o.status === 201 && !loadRows.has(o.title));
      report('sigterm', {
        sent: outcomes.length + heldOutcomes.length,
        created: outcomes.filter((o) => o.status === 201).length + heldOutcomes.filter((o) => o.status === 201).length,
        inFlightAtSignal: inFlight.length + heldOutcomes.length,
        inFlightFailed:
          inFlight.filter((o) => o.status !== 201).length + heldOutcomes.filter((o) => o.status !== 201).length,
        turnedAway503: answered503.length,
        noAnswer: Object.fromEntries(
          [...new Set(noAnswer.map((o) => o.error))].map((code) => [
            code,
            noAnswer.filter((o) => o.error === code).length,
          ]),
        ),
        failed: failed.length,
        lost: lost.length,
        duplicated: [...loadRows.values(), ...heldRows.values()].filter((n) => n > 1).length,
        stoppedInMs,
        exitCode: exit.code,
      });

      expect(exit.code).toBe(0);
      expect(stoppedInMs).toBeLessThan(10_000);
      expect(alive(postmaster)).toBe(false);
      expect(heldOutcomes.map((o) => o.status)).toEqual(Array(HELD).fill(201));
      expect(heldOutcomes.every((o) => heldRows.get(o.title) === 1)).toBe(true);
      expect(inFlight.filter((o) => o.status !== 201)).toEqual([]);
      expect(failed).toEqual([]);
      expect(lost).toEqual([]);
      expect(answered503.every((o) => o.contentType?.startsWith('application/problem+json'))).toBe(true);
    } finally {
      await pg.destroy();
    }
  });
});
