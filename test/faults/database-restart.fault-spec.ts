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
import { sorted } from '../support/sort';

describe('PostgreSQL stopped and started again under load', () => {
  let pg: PgServer;
  let api: ApiProcess;
  let user: ApiUser;
  let databaseUrl: string;
  beforeAll(async () => {
    pg = await PgServer.start();
    databaseUrl = await pg.createDatabase('todo');
    api = await ApiProcess.start({ DATABASE_URL: databaseUrl });
    user = await registerUser(api.baseUrl);
  });
  afterAll(async () => {
    await api?.stop();
    await pg?.destroy();
  });

  it('answers 503 while it is down, recovers without a restart, and loses or doubles nothing', async () => {
    let stopLoad = false;
    const load = runCreateLoad({ baseUrl: api.baseUrl, token: user.accessToken, workers: 6, stop: () => stopLoad });
    await sleep(2000);

    const downAt = Date.now();
    await pg.stop();
    await sleep(500);
    const live = await timedFetch(`${api.baseUrl}/api/health`);
    const ready = await timedFetch(`${api.baseUrl}/api/health/ready`);
    await sleep(2000);

    await pg.start();
    const upAt = Date.now();
    await sleep(4000);
    stopLoad = true;
    const outcomes = await load.done;

    const rows = await rowsByTitle(databaseUrl, user.id);
    const figures = tally(outcomes, rows);
    const recovery = recoveryMs(outcomes, upAt);
    const firstOk = sorted(
      outcomes.filter((o) => o.startedAt >= upAt && o.status === 201),
      (o) => o.endedAt,
    )[0];
    const failedAfterRecovery = outcomes.filter((o) => firstOk && o.startedAt > firstOk.endedAt && o.status !== 201);
    report('postgres-restart', {
      ...figures,
      downMs: upAt - downAt,
      recoveryMs: recovery,
      failedAfterRecovery: failedAfterRecovery.length,
      otherSamples: outcomes.filter((o) => o.status !== undefined && o.status !== 201 && o.status !== 503).slice(0, 3),
      liveness: live,
      readiness: ready,
    });

    expectOutageHandled(api.running, { live, ready }, outcomes, figures);
    expect(figures.created).toBeGreaterThan(0);
    // Fail fast: a refused connection is answered at once, well inside the 8 s request deadline.
    expect(figures.maxFailureMs).toBeLessThan(3000);
    // No dead pooled connection fails a request once the server is back.
    expect(recovery).toBeDefined();
    expect(recovery!).toBeLessThan(3000);
    expect(failedAfterRecovery).toEqual([]);
    expect((await timedFetch(`${api.baseUrl}/api/health/ready`)).status).toBe(200);
  });
});
