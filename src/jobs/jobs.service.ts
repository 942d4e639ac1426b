import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
} from '@nestjs/common';
import { run, type Runner, type TaskList, type TaskSpec } from 'graphile-worker';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { createJobsPool, jobsLogger, JOBS_SCHEMA, type JobsPool } from '../database/jobs-database';

/** What a handler learns of the job it runs. */
export interface JobInfo {
  id: string;
  /** 1 on the first run, more on a retry. */
  attempt: number;
  runAt: Date;
}

/** Runs one job; throwing makes the engine retry it later (with exponential backoff). */
export type JobHandler = (payload: unknown, job: JobInfo) => Promise<void>;

export type JobOptions = Pick<TaskSpec, 'runAt' | 'jobKey' | 'jobKeyMode' | 'maxAttempts' | 'queueName'>;

/**
 * The job engine (graphile-worker on this database), started with the application and stopped with
 * it. Feature modules define their handlers while the modules initialise (`onModuleInit`); the
 * engine starts once the application has, with every handler known. A job is in PostgreSQL from
 * the moment it is added (by `add`, or by SQL: `graphile_worker.add_job`, even from a trigger), and
 * runs once on whichever instance takes it first; a job whose instance died is taken again later.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly handlers: TaskList = {};
  private readonly crontab: string[] = [];
  private pool?: JobsPool;
  private runner?: Runner;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  define(name: string, handler: JobHandler): void {
    if (this.runner) throw new Error(`job ${name} defined after the engine started`);
    if (this.handlers[name]) throw new Error(`job ${name} is defined twice`);
    this.handlers[name] = (payload, helpers) =>
      handler(payload, { id: helpers.job.id, attempt: helpers.job.attempts, runAt: helpers.job.run_at });
  }

  /**
   * Runs the job `name` (defined with `define`) on a cron schedule (`m h dom mon dow`, UTC), once per
   * time across all instances; a time missed while every instance was down is not made up. Such a
   * job's name is letters, digits and `_ : / -` only.
   */
  every(schedule: string, name: string): void {
    if (this.runner) throw new Error(`job ${name} scheduled after the engine started`);
    this.crontab.push(`${schedule} ${name}`);
  }

  /** Adds a job; with `jobKey`, replaces the waiting job of that key (see graphile-worker's job keys). */
  async add(name: string, payload: unknown, options: JobOptions = {}): Promise<void> {
    if (!this.runner) throw new Error('the job engine is not running');
    await this.runner.addJob(name, payload, options);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { databaseUrl, jobs, dbConnectTimeoutMs, dbStatementTimeoutMs } = this.config;
    this.pool = createJobsPool({
      url: databaseUrl!,
      // One connection listens; the workers fetch and complete jobs on the others.
      max: jobs.concurrency + 1,
      connectTimeoutMs: dbConnectTimeoutMs,
      statementTimeoutMs: dbStatementTimeoutMs,
    });
    this.runner = await run({
      pgPool: this.pool,
      schema: JOBS_SCHEMA,
      taskList: this.handlers,
      crontab: this.crontab.join('\n'),
      concurrency: jobs.concurrency,
      pollInterval: jobs.pollIntervalMs,
      // Signals belong to main.ts, which shuts the whole application down in order.
      noHandleSignals: true,
      logger: jobsLogger(),
      // A batch smaller than the concurrency would starve workers: it is raised to that.
      ...(jobs.batchSize > 0 && {
        preset: { worker: { localQueue: { size: Math.max(jobs.batchSize, jobs.concurrency) } } },
      }),
    });
    this.runner.promise.catch((error: unknown) => this.logger.error(`the job engine stopped: ${String(error)}`));
  }

  /** Before the app's pool closes: jobs in progress finish (they write through it), none starts. */
  async onModuleDestroy(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    await runner?.stop().catch((error: unknown) => this.logger.warn(`stopping the job engine: ${String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.end().catch(() => undefined);
    this.pool = undefined;
  }
}
