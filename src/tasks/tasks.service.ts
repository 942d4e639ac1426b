import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
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
  constructor(
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    private readonly cursors: TaskCursorCodec,
  ) {}

  async create(ownerId: string, dto: CreateTaskDto): Promise<TaskView> {
    const task = this.tasks.create({ ownerId, completed: false, completedAt: null, recurrence: null });
    writeTaskFields(task, dto, true, new Date());
    return toTaskView(await this.tasks.save(task));
  }

  /** Keyset-paged over an index per sort; the cursor names the last row's sort key and id. */
  async list(ownerId: string, query: ListTasksQuery): Promise<TaskPageView> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const order = new TaskListOrder(query.sort ?? DEFAULT_SORT);
    const filters = toFilters(query);
    const scope = listScope({ sort: order.sort, ...filters });
    const qb = this.tasks.createQueryBuilder('t').where('t.owner_id = :ownerId', { ownerId });
    applyTaskFilters(qb, filters, order, new Date());
    if (query.cursor) {
      const position = this.cursors.decode(query.cursor, scope, (v) => order.isPosition(v));
      order.after(qb, position);
    }
    // An unused tag would make the planner walk every row looking for it: answer it from the tags table.
    if (filters.tag && !(await this.tasks.query(TAG_USED_SQL, [ownerId, filters.tag])).length) {
      return { items: [], nextCursor: null };
    }
    const rows = await order.apply(qb, limit + 1).getMany();
    const page = rows.slice(0, limit);
    return {
      items: page.map(toTaskView),
      nextCursor: rows.length > limit ? this.cursors.encode(scope, order.positionOf(page[limit - 1])) : null,
    };
  }

  async findOne(ownerId: string, id: string): Promise<TaskView> {
    return toTaskView(await this.load(ownerId, id));
  }

  async update(ownerId: string, id: string, dto: UpdateTaskDto): Promise<TaskView> {
    const task = await this.load(ownerId, id);
    writeTaskFields(task, dto, false, new Date());
    return toTaskView(await this.tasks.save(task));
  }

  async replace(ownerId: string, id: string, dto: ReplaceTaskDto): Promise<TaskView> {
    const task = await this.load(ownerId, id);
    writeTaskFields(task, dto, true, new Date());
    return toTaskView(await this.tasks.save(task));
  }

  /** `completed` undefined toggles. */
  async complete(ownerId: string, id: string, completed: boolean | undefined): Promise<TaskView> {
    const task = await this.load(ownerId, id);
    setCompleted(task, completed ?? !task.completed, new Date());
    return toTaskView(await this.tasks.save(task));
  }

  async remove(ownerId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw new NotFoundException();
    const result = await this.tasks.delete({ id, ownerId });
    if (!result.affected) throw new NotFoundException();
  }

  /** One pass over the owner's rows; `timeZone` is an IANA name already checked by the DTO. */
  async stats(ownerId: string, timeZone: string): Promise<TaskStatsResponse> {
    try {
      const [row] = (await this.tasks.query(STATS_SQL, [ownerId, new Date(), timeZone])) as TaskStatsResponse[];
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

  /** Another user's task and a malformed id are the same answer: not yours, 404. */
  private async load(ownerId: string, id: string): Promise<Task> {
    if (!isUuid(id)) throw new NotFoundException();
    const task = await this.tasks.findOneBy({ id, ownerId });
    if (!task) throw new NotFoundException();
    return task;
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
