import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import { JobsService } from '../jobs/jobs.service';
import { REMINDER_JOB, RemindersRepository, type ReminderData } from './reminders.repository';

/** Later than this, a reminder says it is late. */
export const LATE_AFTER_MS = 60_000;
/** Later than this, it is dropped (and the tasks trigger does not schedule it). */
export const DROP_AFTER_MS = 24 * 3600_000;
const PRUNE_JOB = 'reminders:prune';

/** The job's payload, as the tasks trigger writes it. */
export interface ReminderJob {
  ownerId: string;
  taskId: string;
  remindAt: Date;
}

/**
 * Fires reminders. The tasks trigger keeps one job per pending reminder at its time (see the
 * reminders migration); the job engine runs it on one instance, and this re-reads the task and
 * fires at most once per task and time, whatever ran it (a retry, a re-arm, a racing instance).
 */
@Injectable()
export class RemindersService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: RemindersRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define(REMINDER_JOB, async (payload) => {
      const job = toReminderJob(payload);
      if (!job) return this.logger.warn(`ignored a ${REMINDER_JOB} job without a task: ${JSON.stringify(payload)}`);
      await this.fire(job);
    });
    this.jobs.define(PRUNE_JOB, async () => {
      await this.reminders.prune(new Date(this.clock.now().getTime() - 2 * DROP_AFTER_MS));
    });
    this.jobs.every('17 4 * * *', PRUNE_JOB);
  }

  /** Reminders that came due while no instance ran, or whose job a killed instance held. */
  async onApplicationBootstrap(): Promise<void> {
    const rearmed = await this.reminders.rearm(DROP_AFTER_MS / 1000);
    if (rearmed) this.logger.log(`${rearmed} due reminders scheduled again at start-up`);
  }

  /** Sends the reminder if its task is still due at that time and it was not sent; answers what it sent. */
  fire(job: ReminderJob): Promise<ReminderData | undefined> {
    const lateByMs = this.clock.now().getTime() - job.remindAt.getTime();
    return this.reminders.fireOnce(job.ownerId, job.taskId, job.remindAt, (task) =>
      lateByMs > DROP_AFTER_MS
        ? undefined
        : {
            taskId: job.taskId,
            title: task.title,
            remindAt: job.remindAt.toISOString(),
            dueAt: task.dueAt ? new Date(task.dueAt).toISOString() : null,
            late: lateByMs > LATE_AFTER_MS,
          },
    );
  }
}

function toReminderJob(payload: unknown): ReminderJob | undefined {
  const { ownerId, taskId, remindAt } = (payload ?? {}) as Record<string, unknown>;
  const at = typeof remindAt === 'string' ? new Date(remindAt) : undefined;
  if (!isUuid(ownerId) || !isUuid(taskId) || !at || Number.isNaN(at.getTime())) return undefined;
  return { ownerId, taskId, remindAt: at };
}
