import { ApiProcess } from './support/api-process';
import {
  expectOutageHandled,
  recoveryMs,
  registerUser,
  report,
  rowsByTitle,
  runCreateLoad,
  sleep,
  tally,
  timedFetch,
  type ApiUser,
} from './support/load';
import { PgServer } from './support/pg-server';

// Short limits, so the test sees requests time out within its few seconds of hang.
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 2000;
const REQUEST_DEADLINE_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 1000;

describe('PostgreSQL hung (SIGSTOP) under load', () => {
  let pg: PgServer;
  let api: ApiProcess;
  let user: ApiUser;
  let databaseUrl: string;
  beforeAll(async () => {
    pg = await PgServer.start();
    databaseUrl = await pg.createDatabase('todo');
    api = await ApiProcess.start({
      DATABASE_URL: databaseUrl,
      DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    });
    user = await registerUser(api.baseUrl);
  });
  afterAll(async () => {
    pg?.resume();
    await api?.stop();
    await pg?.destroy();
  });

  it('answers every request within the deadline, 503 while hung, and recovers when it resumes', async () => {
    let stopLoad = false;
    const load = runCreateLoad({ baseUrl: api.baseUrl, token: user.accessToken, workers: 6, stop: () => stopLoad });
    await sleep(2000);

    const hungAt = Date.now();
    pg.hang();
    await sleep(1000);
    const live = await timedFetch(`${api.baseUrl}/api/health`);
    const ready = await timedFetch(`${api.baseUrl}/api/health/ready`);
    await sleep(5000);

    pg.resume();
    const resumedAt = Date.now();
    await sleep(4000);
    stopLoad = true;
    const outcomes = await load.done;

    const rows = await rowsByTitle(databaseUrl, user.id);
    const figures = tally(outcomes, rows);
    const duringHang = outcomes.filter((o) => o.startedAt >= hungAt && o.startedAt < resumedAt);
    const recovery = recoveryMs(outcomes, resumedAt);
    report('postgres-hung', {
      ...figures,
      hungMs: resumedAt - hungAt,
      sentWhileHung: duringHang.length,
      recoveryMs: recovery,
      requestDeadlineMs: REQUEST_DEADLINE_MS,
      liveness: live,
      readiness: ready,
    });

    expectOutageHandled(api.running, { live, ready }, outcomes, figures);
    expect(live.ms).toBeLessThan(500);
    expect(duringHang.length).toBeGreaterThan(0);
    // None hangs (noAnswer is 0 above): every request had its answer before the client gave up.
    expect(figures.maxFailureMs).toBeLessThan(REQUEST_DEADLINE_MS + 1000);
    expect(recovery).toBeDefined();
    expect(recovery!).toBeLessThan(REQUEST_DEADLINE_MS);
    expect((await timedFetch(`${api.baseUrl}/api/health/ready`)).status).toBe(200);
  });
});
