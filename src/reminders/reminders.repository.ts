import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { EventLogRepository } from '../events/event-log.repository';
import { Task } from '../tasks/task.entity';
import { ReminderDone } from './reminder-done.entity';

export const REMINDER_DUE = 'reminder.due';
/** The job the tasks trigger schedules per pending reminder (see the reminders migration). */
export const REMINDER_JOB = 'reminder.due';

/** What a reminder.due event carries. */
export interface ReminderData {
  taskId: string;
  title: string;
  remindAt: string;
  dueAt: string | null;
  late: boolean;
}

export interface DueTask {
  title: string;
  dueAt: Date | null;
}

/** Reminders' reads and writes. A firing names its owner and task. */
@Injectable()
export class RemindersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventLogRepository,
  ) {}

  /**
   * In one transaction: the task, if it is still open, untrashed and due at `remindAt`; the record
   * that its reminder at that time is done (a second attempt, by a retry or another instance,
   * conflicts on it and stops there); and, when `event` gives one, the event in its owner's log.
   * `event` answers undefined to drop the reminder. Answers what was sent, if anything.
   */
  fireOnce(
    ownerId: string,
    taskId: string,
    remindAt: Date,
    event: (task: DueTask) => ReminderData | undefined,
  ): Promise<ReminderData | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const task = await manager
        .createQueryBuilder(Task, 't')
        .select(['t.title AS title', 't.dueAt AS "dueAt"'])
        .where('t.ownerId = :ownerId AND t.id = :taskId', { ownerId, taskId })
        .andWhere('t.remindAt = :remindAt AND NOT t.completed AND t.deletedAt IS NULL', { remindAt })
        .getRawOne<DueTask>();
      if (!task) return undefined;
      const data = event(task);
      const { raw } = await manager
        .createQueryBuilder()
        .insert()
        .into(ReminderDone)
        .values({ ownerId, taskId, remindAt, sent: data !== undefined })
        .orIgnore()
        .returning('task_id')
        .execute();
      if (!data || !(raw as unknown[]).length) return undefined;
      await this.events.append(ownerId, { type: REMINDER_DUE, taskId, data: { ...data } }, manager);
      return data;
    });
  }

  /**
   * Schedules again every reminder of the last `withinSeconds` that is due and not done, across
   * users (the engine's upkeep, at start-up). A job held by an instance that was killed would
   * otherwise wait hours for its lock to expire; a job that still waits is just replaced. SQL by
   * hand: it calls the job engine's SQL API, which TypeORM has no builder for.
   */
  async rearm(withinSeconds: number): Promise<number> {
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (
         SELECT graphile_worker.add_job($1,
                  json_build_object('ownerId', t.owner_id, 'taskId', t.id, 'remindAt', t.remind_at),
                  run_at => t.remind_at, job_key => 'reminder:' || t.id)
         FROM tasks t
         WHERE t.remind_at IS NOT NULL AND NOT t.completed AND t.deleted_at IS NULL
           AND t.remind_at <= now() AND t.remind_at > now() - make_interval(secs => $2)
           AND NOT EXISTS (SELECT 1 FROM reminders_done d WHERE d.task_id = t.id AND d.remind_at = t.remind_at)
       ) AS added`,
      [REMINDER_JOB, withinSeconds],
    )) as { count: number }[];
    return count;
  }

  /** Forgets reminders older than any that may still fire. */
  async prune(before: Date): Promise<number> {
    const { affected } = await this.dataSource.getRepository(ReminderDone).delete({ remindAt: LessThan(before) });
    return affected ?? 0;
  }
}
