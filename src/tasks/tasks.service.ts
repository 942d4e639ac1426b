import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock } from '../common/clock';
import { PreconditionFailed, ValidationProblem } from '../common/problem';
import { isUuid } from '../common/uuid';
import type { CreateTaskDto } from './dto/create-task.dto';
import type { ListTasksQuery } from './dto/list-tasks.query';
import type { ReplaceTaskDto } from './dto/replace-task.dto';
import type { TagCountResponse, TaskStatsResponse } from './dto/task-stats.dto';
import type { UpdateTaskDto } from './dto/update-task.dto';
import { fieldsOf, setCompleted, writeTaskFields } from './task-changes';
import { listScope, TaskCursorCodec } from './task-cursor';
import { DEFAULT_SORT, TaskListOrder, type TaskFilters } from './task-query.builder';
import type { Task } from './task.entity';
import { toTaskView, type TaskView } from './task.view';
import { etagOf, matchesIfMatch, missing, versionsOf, type IfMatchCondition } from './preconditions';
import { TasksRepository, type TaskFields, type TaskRow } from './tasks.repository';

export const DEFAULT_PAGE_SIZE = 20;

export interface TaskPageView {
  items: TaskView[];
  nextCursor: string | null;
}

/**
 * The most tags listed, the first by name: far more than a person uses, and it keeps the answer
 * bounded however many tasks an account holds.
 */
export const TAG_LIST_LIMIT = 1000;

const INVALID_PARAMETER_VALUE = '22023';

@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly cursors: TaskCursorCodec,
    private readonly clock: Clock,
  ) {}

  async create(ownerId: string, dto: CreateTaskDto): Promise<TaskView> {
    const task = { completed: false, completedAt: null, recurrence: null } as TaskRow;
    writeTaskFields(task as Task, dto, true, this.clock.now());
    return toTaskView(await this.tasks.insert(ownerId, fieldsToWrite(task)));
  }

  /** Keyset-paged over an index per sort; the cursor names the last row's sort key and id. */
  async list(ownerId: string, query: ListTasksQuery): Promise<TaskPageView> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const order = new TaskListOrder(query.sort ?? DEFAULT_SORT);
    const filters = toFilters(query);
    const scope = listScope({ sort: order.sort, ...filters });
    const after = query.cursor ? this.cursors.decode(query.cursor, scope, (v) => order.isPosition(v)) : undefined;
    // An unused tag would make the planner walk every row looking for it: answer it from the tags table.
    if (filters.tag && !(await this.tasks.hasTag(ownerId, filters.tag))) return { items: [], nextCursor: null };
    const rows = await this.tasks.list(ownerId, filters, order, after, limit + 1, this.clock.now());
    const page = rows.slice(0, limit);
    return {
      items: page.map(toTaskView),
      nextCursor: rows.length > limit ? this.cursors.encode(scope, order.positionOf(page[limit - 1])) : null,
    };
  }

  async findOne(ownerId: string, id: string): Promise<TaskView> {
    const row = isUuid(id) ? await this.tasks.findOne(ownerId, id) : undefined;
    if (!row) throw new NotFoundException();
    return toTaskView(row);
  }

  async update(ownerId: string, id: string, dto: UpdateTaskDto, ifMatch?: IfMatchCondition): Promise<TaskView> {
    return this.change(ownerId, id, ifMatch, (task, now) => writeTaskFields(task, dto, false, now));
  }

  async replace(ownerId: string, id: string, dto: ReplaceTaskDto, ifMatch?: IfMatchCondition): Promise<TaskView> {
    return this.change(ownerId, id, ifMatch, (task, now) => writeTaskFields(task, dto, true, now));
  }

  /** `completed` undefined toggles. One statement, unless a recurring task is being completed. */
  async complete(
    ownerId: string,
    id: string,
    completed: boolean | undefined,
    ifMatch?: IfMatchCondition,
  ): Promise<TaskView> {
    if (!isUuid(id)) throw new NotFoundException();
    const now = this.clock.now();
    const row = await this.tasks.complete(ownerId, id, completed ?? null, now, versionsOf(ifMatch));
    if (row) return toTaskView(row);
    return this.change(ownerId, id, ifMatch, (task) => setCompleted(task, completed ?? !task.completed, now));
  }

  /** Moves the task to the trash; gives it back as it was there (with deletedAt). */
  async remove(ownerId: string, id: string, ifMatch?: IfMatchCondition): Promise<TaskView> {
    if (!isUuid(id)) throw new NotFoundException();
    const trashed = await this.tasks.trash(ownerId, id, this.clock.now(), versionsOf(ifMatch));
    if (trashed) return toTaskView(trashed);
    throw await this.failure(ownerId, id, ifMatch);
  }

  /**
   * Read, change in the application, write back only if the task is still the version read: a
   * concurrent write in between makes this one start again from the new row instead of undoing it
   * (and, under `If-Match`, fail with 412). Another user's task and a malformed id are the same
   * answer: not yours, 404.
   */
  private async change(
    ownerId: string,
    id: string,
    ifMatch: IfMatchCondition | undefined,
    apply: (task: Task, now: Date) => void,
  ): Promise<TaskView> {
    if (!isUuid(id)) throw new NotFoundException();
    for (;;) {
      const task = await this.tasks.findOne(ownerId, id);
      if (!task) throw missing(ifMatch, () => new NotFoundException());
      if (!matchesIfMatch(ifMatch, task.version)) throw new PreconditionFailed(etagOf(task.version));
      const before = fieldsOf(task);
      apply(task as Task, this.clock.now());
      if (fieldsOf(task) === before) return toTaskView(task);
      const written = await this.tasks.updateIfVersion(ownerId, id, task.version, fieldsToWrite(task));
      if (written) return toTaskView(written);
    }
  }

  /** Why a conditional statement changed nothing: no such task (404, or 412 under If-Match), or another version. */
  private async failure(ownerId: string, id: string, ifMatch: IfMatchCondition | undefined): Promise<Error> {
    if (ifMatch === undefined) return new NotFoundException();
    const current = await this.tasks.findOne(ownerId, id);
    return new PreconditionFailed(current && etagOf(current.version));
  }

  /** One pass over the owner's rows; `timeZone` is an IANA name already checked by the DTO. */
  async stats(ownerId: string, timeZone: string): Promise<TaskStatsResponse> {
    try {
      return await this.tasks.stats(ownerId, this.clock.now(), timeZone);
    } catch (error) {
      // A zone the runtime knows but this database's zone data does not (they update separately).
      if ((error as { driverError?: { code?: string } }).driverError?.code === INVALID_PARAMETER_VALUE) {
        throw ValidationProblem.field('tz', 'tz is not a time zone known here');
      }
      throw error;
    }
  }

  async tags(ownerId: string): Promise<TagCountResponse[]> {
    return this.tasks.tagCounts(ownerId, TAG_LIST_LIMIT);
  }
}

/** What a write stores of a task worked out in the application. */
function fieldsToWrite(task: TaskRow): TaskFields {
  const { title, description, completed, completedAt, priority, dueAt, remindAt, tags, recurrence } = task;
  return { title, description, completed, completedAt, priority, dueAt, remindAt, tags, recurrence };
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
