import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository, type EntityManager } from 'typeorm';
import { Task } from '../tasks/task.entity';
import { EventLog } from './event-log.entity';
import { TASK_CHANGED, UserEvent } from './user-event.entity';

/** A task row as the feed reads it: every column but the owner, named as the entity's fields. */
export type LoggedTask = Omit<Task, 'ownerId'>;

/** One entry of the log as readers get it: a task change carries the task as it is now, or none when it is gone. */
export interface LoggedEvent {
  position: number;
  type: string;
  createdAt: Date;
  data: unknown;
  taskId: string | null;
  task: LoggedTask | null;
}

export interface LogHead {
  lastPosition: number;
  prunedThrough: number;
}

const TASK_FIELDS: [string, keyof LoggedTask][] = [
  ['id', 'id'],
  ['title', 'title'],
  ['description', 'description'],
  ['completed', 'completed'],
  ['completed_at', 'completedAt'],
  ['priority', 'priority'],
  ['due_at', 'dueAt'],
  ['remind_at', 'remindAt'],
  ['tags', 'tags'],
  ['recurrence', 'recurrence'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
  ['version', 'version'],
  ['deleted_at', 'deletedAt'],
];

type Raw = Record<string, unknown>;

function taskOf(raw: Raw, prefix: string): LoggedTask | null {
  if (raw[`${prefix}id`] === null || raw[`${prefix}id`] === undefined) return null;
  const task = {} as Record<string, unknown>;
  for (const [, field] of TASK_FIELDS) task[field] = raw[`${prefix}${field}`];
  return task as unknown as LoggedTask;
}

/** Every read of a user's event log, and its upkeep. Each statement names the user. */
@Injectable()
export class EventLogRepository {
  constructor(
    @InjectRepository(EventLog) private readonly logs: Repository<EventLog>,
    @InjectRepository(UserEvent) private readonly events: Repository<UserEvent>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
  ) {}

  async head(userId: string): Promise<LogHead> {
    const log = await this.logs.findOneBy({ userId });
    return { lastPosition: Number(log?.lastPosition ?? 0), prunedThrough: Number(log?.prunedThrough ?? 0) };
  }

  /**
   * The entries after `after`, oldest first, a task's changes folded into its latest one, each task
   * joined as it is in the same snapshot (so a task that is gone was deleted by its latest entry).
   * `taskChangesOnly` leaves out events that are not changes (the changes feed).
   */
  async read(userId: string, after: number, limit: number, taskChangesOnly = false): Promise<LoggedEvent[]> {
    // One row per task (its latest entry), one per other event.
    const foldKey = `CASE WHEN e.type = '${TASK_CHANGED}' THEN e.task_id::text ELSE e.position::text END`;
    const latest = this.events
      .createQueryBuilder('e')
      .select(['e.position AS position', 'e.type AS type', 'e.task_id AS task_id', 'e.data AS data'])
      .addSelect('e.created_at', 'created_at')
      .distinctOn([foldKey])
      .where('e.user_id = :userId AND e.position > :after', { userId, after })
      .orderBy(foldKey)
      .addOrderBy('e.position', 'DESC');
    if (taskChangesOnly) latest.andWhere('e.type = :type', { type: TASK_CHANGED });
    const query = this.tasks.manager
      .createQueryBuilder()
      .select(['c.position AS position', 'c.type AS type', 'c.task_id AS task_id', 'c.data AS data'])
      .addSelect('c.created_at', 'created_at')
      .from(`(${latest.getQuery()})`, 'c')
      .leftJoin(Task, 't', 't.id = c.task_id AND t.owner_id = :userId')
      .setParameters(latest.getParameters())
      .orderBy('c.position')
      .limit(limit);
    for (const [column, field] of TASK_FIELDS) query.addSelect(`t.${column}`, `t_${field}`);
    const rows: Raw[] = await query.getRawMany();
    return rows.map((raw) => ({
      position: Number(raw.position),
      type: raw.type as string,
      createdAt: raw.created_at as Date,
      data: raw.data,
      taskId: raw.task_id as string | null,
      task: taskOf(raw, 't_'),
    }));
  }

  /**
   * Appends an event that is not a task change (a reminder) at the next position of the user's log,
   * as the task triggers do: the head row is moved first, which also makes concurrent appends for
   * that user wait their turn, so positions stay gapless and in commit order. Pass the manager of
   * the transaction the event belongs to. Undefined when the user (and so the log) is gone.
   */
  async append(
    userId: string,
    event: { type: string; taskId: string | null; data: object },
    manager: EntityManager = this.logs.manager,
  ): Promise<number | undefined> {
    const { raw } = await manager
      .createQueryBuilder()
      .update(EventLog)
      .set({ lastPosition: () => 'last_position + 1' })
      .where({ userId })
      .returning('last_position')
      .execute();
    const head = (raw as { last_position: string }[])[0];
    if (!head) return undefined;
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserEvent)
      .values({ userId, position: head.last_position, ...event })
      .execute();
    return Number(head.last_position);
  }

  /** All of a user's tasks, trashed ones too, in id order: a full sync's pages. */
  async tasksAfter(userId: string, afterId: string | undefined, limit: number): Promise<LoggedTask[]> {
    const query = this.tasks.createQueryBuilder('t').select([]).where('t.owner_id = :userId', { userId });
    for (const [column, field] of TASK_FIELDS) query.addSelect(`t.${column}`, field);
    if (afterId) query.andWhere('t.id > :afterId', { afterId });
    const rows: Raw[] = await query.orderBy('t.id').limit(limit).getRawMany();
    return rows.map((raw) => taskOf(raw, '')!);
  }

  /**
   * Drops entries older than `before`, and records how far, so a cursor from before then is known
   * to be too old (a deletion it would have missed is gone).
   */
  async prune(before: Date): Promise<number> {
    const gone: { user_id: string; position: string }[] = (
      await this.events
        .createQueryBuilder()
        .delete()
        .where({ createdAt: LessThan(before) })
        .returning('user_id, position')
        .execute()
    ).raw;
    const through = new Map<string, number>();
    for (const row of gone) through.set(row.user_id, Math.max(through.get(row.user_id) ?? 0, Number(row.position)));
    for (const [userId, position] of [...through].sort(([a], [b]) => a.localeCompare(b))) {
      await this.logs
        .createQueryBuilder()
        .update()
        .set({ prunedThrough: () => `greatest(pruned_through, ${position})` })
        .where({ userId })
        .execute();
    }
    return gone.length;
  }
}
