import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Clock } from '../common/clock';
import { ValidationProblem } from '../common/problem';
import { isUuid } from '../common/uuid';
import type { CreateTaskDto } from './dto/create-task.dto';
import type { ListTasksQuery } from './dto/list-tasks.query';
import type { ReplaceTaskDto } from './dto/replace-task.dto';
import type { TagCountResponse, TaskStatsResponse } from './dto/task-stats.dto';
import type { UpdateTaskDto } from './dto/update-task.dto';
import { setCompleted, writeTaskFields } from './task-changes';
import { listScope, TaskCursorCodec } from './task-cursor';
import { applyTaskFilters, DEFAULT_SORT, TaskListOrder, type TaskFilters } from './task-query.builder';
import { Task } from './task.entity';
import {
  COMPLETE_TASK,
  fieldsOf,
  FIND_TASK,
  FIND_TASK_FOR_WRITE,
  firstRow,
  INSERT_TASK,
  ListStatement,
  taskValues,
  UPDATE_TASK,
  type TaskRow,
  type VersionedTaskRow,
} from './task.sql';
import { toTaskView, type TaskView } from './task.view';

export const DEFAULT_PAGE_SIZE = 20;

export interface TaskPageView {
  items: TaskView[];
  nextCursor: string | null;
}

// "Today" runs from local midnight to the next one in the zone, so a 23- or 25-hour day is right too.
// MATERIALIZED: computed once, not inlined into the per-row filters (a zone conversion per row is 4x slower).
export const STATS_SQL = `
  WITH local AS (SELECT date_trunc('day', CAST($2 AS timestamptz) AT TIME ZONE $3) AS midnight),
       today AS MATERIALIZED (SELECT midnight AT TIME ZONE $3 AS starts,
                                     (midnight + interval '1 day') AT TIME ZONE $3 AS ends
                              FROM local)
  SELECT count(*)::int AS total,
         count(*) FILTER (WHERE NOT t.completed)::int AS active,
         count(*) FILTER (WHERE t.completed)::int AS completed,
         count(*) FILTER (WHERE NOT t.completed AND t.due_at < $2)::int AS overdue,
         count(*) FILTER (WHERE NOT t.completed AND t.due_at >= today.starts AND t.due_at < today.ends)::int
           AS "dueToday"
  FROM tasks t CROSS JOIN today
  WHERE t.owner_id = $1`;

/**
 * The most tags listed, the first by name: far more than a person uses, and it keeps the answer
 * bounded however many tasks an account holds.
 */
export const TAG_LIST_LIMIT = 1000;

// The tags table is kept by a trigger on tasks (see the task-queries migration).
export const TAGS_SQL = `SELECT name, task_count AS count FROM tags WHERE owner_id = $1 ORDER BY name LIMIT ${TAG_LIST_LIMIT}`;
const TAG_USED_SQL = `SELECT 1 FROM tags WHERE owner_id = $1 AND name = $2`;

const INVALID_PARAMETER_VALUE = '22023';

@Injectable()
export class TasksService {
  private readonly pool: Pool;

  constructor(
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    @InjectDataSource() dataSource: DataSource,
    private readonly cursors: TaskCursorCodec,
    private readonly clock: Clock,
  ) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  async create(ownerId: string, dto: CreateTaskDto): Promise<TaskView> {
    const task = { completed: false, completedAt: null, recurrence: null } as TaskRow;
    writeTaskFields(task as Task, dto, true, this.clock.now());
    return toTaskView((await firstRow<Task>(this.pool, INSERT_TASK, [ownerId, ...taskValues(task)]))!);
  }

  /** Keyset-paged over an index per sort; the cursor names the last row's sort key and id. */
  async list(ownerId: string, query: ListTasksQuery): Promise<TaskPageView> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const order = new TaskListOrder(query.sort ?? DEFAULT_SORT);
    const filters = toFilters(query);
    const scope = listScope({ sort: order.sort, ...filters });
    const statement = new ListStatement(ownerId);
    applyTaskFilters(statement, filters, order, this.clock.now());
    if (query.cursor) {
      const position = this.cursors.decode(query.cursor, scope, (v) => order.isPosition(v));
      order.after(statement, position);
    }
    // An unused tag would make the planner walk every row looking for it: answer it from the tags table.
    if (filters.tag && !(await this.tasks.query(TAG_USED_SQL, [ownerId, filters.tag])).length) {
      return { items: [], nextCursor: null };
    }
    // The rows, already named as the entity's fields, map to the view without hydration.
    const rows = (await this.pool.query(statement.text(order.orderBy, limit + 1), statement.values)).rows as Task[];
    const page = rows.slice(0, limit);
    return {
      items: page.map(toTaskView),
      nextCursor: rows.length > limit ? this.cursors.encode(scope, order.positionOf(page[limit - 1])) : null,
    };
  }

  async findOne(ownerId: string, id: string): Promise<TaskView> {
    const row = isUuid(id) ? await firstRow<Task>(this.pool, FIND_TASK, [id, ownerId]) : undefined;
    if (!row) throw new NotFoundException();
    return toTaskView(row);
  }

  async update(ownerId: string, id: string, dto: UpdateTaskDto): Promise<TaskView> {
    return this.change(ownerId, id, (task, now) => writeTaskFields(task, dto, false, now));
  }

  async replace(ownerId: string, id: string, dto: ReplaceTaskDto): Promise<TaskView> {
    return this.change(ownerId, id, (task, now) => writeTaskFields(task, dto, true, now));
  }

  /** `completed` undefined toggles. One statement, unless a recurring task is being completed. */
  async complete(ownerId: string, id: string, completed: boolean | undefined): Promise<TaskView> {
    if (!isUuid(id)) throw new NotFoundException();
    const now = this.clock.now();
    const row = await firstRow<Task>(this.pool, COMPLETE_TASK, [id, ownerId, completed ?? null, now]);
    if (row) return toTaskView(row);
    return this.change(ownerId, id, (task) => setCompleted(task, completed ?? !task.completed, now));
  }

  async remove(ownerId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw new NotFoundException();
    const result = await this.tasks.delete({ id, ownerId });
    if (!result.affected) throw new NotFoundException();
  }

  /**
   * Read, change in the application, write back only if the row is still the version read: a
   * concurrent write in between makes this one start again from the new row instead of undoing it.
   * Another user's task and a malformed id are the same answer: not yours, 404.
   */
  private async change(ownerId: string, id: string, apply: (task: Task, now: Date) => void): Promise<TaskView> {
    if (!isUuid(id)) throw new NotFoundException();
    for (;;) {
      const read = await firstRow<VersionedTaskRow>(this.pool, FIND_TASK_FOR_WRITE, [id, ownerId]);
      if (!read) throw new NotFoundException();
      const { version, ...task } = read;
      const before = fieldsOf(task);
      apply(task as Task, this.clock.now());
      if (fieldsOf(task) === before) return toTaskView(task as Task);
      const written = await firstRow<Task>(this.pool, UPDATE_TASK, [id, ownerId, ...taskValues(task), version]);
      if (written) return toTaskView(written);
    }
  }

  /** One pass over the owner's rows; `timeZone` is an IANA name already checked by the DTO. */
  async stats(ownerId: string, timeZone: string): Promise<TaskStatsResponse> {
    try {
      const [row] = (await this.tasks.query(STATS_SQL, [ownerId, this.clock.now(), timeZone])) as TaskStatsResponse[];
      return row;
    } catch (error) {
      // A zone the runtime knows but this database's zone data does not (they update separately).
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === INVALID_PARAMETER_VALUE) throw ValidationProblem.field('tz', 'tz is not a time zone known here');
      throw error;
    }
  }

  async tags(ownerId: string): Promise<TagCountResponse[]> {
    return (await this.tasks.query(TAGS_SQL, [ownerId])) as TagCountResponse[];
  }
}

function toFilters(query: ListTasksQuery): TaskFilters {
  const time = (value: string | undefined) => (value === undefined ? undefined : new Date(value));
  return {
    completed: query.completed,
    priority: query.priority,
    tag: query.tag,
    q: query.q,
    dueBefore: time(query.dueBefore),
    dueAfter: time(query.dueAfter),
    overdue: query.overdue,
    remindBefore: time(query.remindBefore),
  };
}
