import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';
import { JobsService, type JobInfo } from '../src/jobs/jobs.service';
import { connectDb } from './support/db';
import { createTestApp } from './support/test-app';
import { until } from './support/wait';

const JOB = 'test.record';
const POLL_MS = 100;

interface Ran {
  instance: string;
  payload: { n: number };
  job: JobInfo;
  at: number;
}

/** An app whose engine runs the test job, recording what it ran into `ran`. */
async function appRecordingInto(instance: string, ran: Ran[]): Promise<NestFastifyApplication> {
  return createTestApp(
    { JOBS_POLL_INTERVAL: `${POLL_MS}ms` },
    {
      beforeInit: (app) =>
        app.get(JobsService).define(JOB, async (payload, job) => {
          ran.push({ instance, payload: payload as { n: number }, job, at: Date.now() });
        }),
    },
  );
}

const engineConnections = async (db: Client) =>
  (
    await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'todo-api-jobs'`,
    )
  ).rows[0].n;

describe('the job engine', () => {
  let db: Client;
  beforeAll(async () => {
    db = await connectDb();
  });
  afterAll(async () => {
    await db.end();
  });

  it('runs each job once across two instances, and stops with the application', async () => {
    const ran: Ran[] = [];
    const [a, b] = await Promise.all([appRecordingInto('a', ran), appRecordingInto('b', ran)]);
    try {
      const jobs = a.get(JobsService);
      await Promise.all(Array.from({ length: 40 }, (_, n) => jobs.add(JOB, { n })));
      await until(() => ran.length >= 40, { what: 'every job ran' });
      expect(ran.map((r) => r.payload.n).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, n) => n));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    await until(async () => (await engineConnections(db)) === 0, { what: "the engines' connections closed" });
  });

  it('runs a job scheduled for later within the poll interval of its time, not before', async () => {
    const ran: Ran[] = [];
    const app = await appRecordingInto('a', ran);
    try {
      const runAt = new Date(Date.now() + 500);
      await app.get(JobsService).add(JOB, { n: 1 }, { runAt });
      await until(() => ran.length === 1, { what: 'the job ran' });
      expect(ran[0].at).toBeGreaterThanOrEqual(runAt.getTime());
      // The poll interval, and a margin for a loaded machine.
      expect(ran[0].at - runAt.getTime()).toBeLessThan(POLL_MS + 1500);
    } finally {
      await app.close();
    }
  });

  it('keeps a job a stopped instance did not run for the next one', async () => {
    const ran: Ran[] = [];
    const first = await appRecordingInto('first', ran);
    await first.get(JobsService).add(JOB, { n: 7 }, { runAt: new Date(Date.now() + 60_000) });
    await first.close();
    await db.query(`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE payload->>'n' = '7'`);
    const second = await appRecordingInto('second', ran);
    try {
      await until(() => ran.length === 1, { what: 'the job ran' });
      expect(ran[0]).toMatchObject({ instance: 'second', payload: { n: 7 }, job: { attempt: 1 } });
    } finally {
      await second.close();
    }
  });
});
