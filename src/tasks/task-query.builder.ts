import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isUuid } from '../common/uuid';
import type { CursorValue } from './task-cursor';
import { PRIORITIES, type Priority, type Task } from './task.entity';

export const TASK_SORTS = [
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'dueAt',
  '-dueAt',
  'priority',
  '-priority',
  'title',
  '-title',
] as const;
export type TaskSort = (typeof TASK_SORTS)[number];
export const DEFAULT_SORT: TaskSort = '-createdAt';

/**
 * What the filters and the keyset need of a query builder. The list's compiled statements read the
 * same conditions to know a list's shape and its parameters (TasksRepository.list).
 */
export interface Conditions {
  andWhere(condition: string, parameters?: ObjectLiteral): unknown;
}

export interface TaskFilters {
  completed?: boolean;
  priority?: Priority;
  tag?: string;
  q?: string;
  dueBefore?: Date;
  dueAfter?: Date;
  overdue?: boolean;
  remindBefore?: Date;
}

interface SortKey {
  column: string;
  /** Turns the column (for ORDER BY) or the cursor's value (for the keyset) into the sort expression. */
  wrap: (sql: string) => string;
  cast: 'timestamptz' | 'smallint' | 'text';
  of: (task: Omit<Task, 'ownerId'>) => CursorValue;
  valid: (value: unknown) => boolean;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const isTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const same = (sql: string) => sql;
const dueWrap = (descending: boolean) => (sql: string) =>
  `COALESCE(${sql}, '${descending ? '-' : ''}infinity'::timestamptz)`;

// Each expression matches an index (owner_id, <expression>, id) of the tasks table exactly, so every
// sort is an index range scan that stops after one page. A missing due date sorts as +infinity going
// up and -infinity going down: last either way, and still one plain row comparison for the keyset.
const KEYS: Record<string, (descending: boolean) => SortKey> = {
  createdAt: () => ({
    column: 't.created_at',
    wrap: same,
    cast: 'timestamptz',
    of: (t) => iso(t.createdAt),
    valid: isTime,
  }),
  updatedAt: () => ({
    column: 't.updated_at',
    wrap: same,
    cast: 'timestamptz',
    of: (t) => iso(t.updatedAt),
    valid: isTime,
  }),
  dueAt: (descending) => ({
    column: 't.due_at',
    wrap: dueWrap(descending),
    cast: 'timestamptz',
    of: (t) => iso(t.dueAt),
    valid: (v) => v === null || isTime(v),
  }),
  priority: () => ({
    column: 't.priority',
    wrap: same,
    cast: 'smallint',
    of: (t) => t.priority,
    valid: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < PRIORITIES.length,
  }),
  title: () => ({
    column: 't.title',
    wrap: (sql) => `lower(${sql}) COLLATE "C"`,
    cast: 'text',
    of: (t) => t.title,
    valid: (v) => typeof v === 'string',
  }),
};

/** An ordered, keyset-paged list: the sort, how to read a row's position and how to continue after one. */
export class TaskListOrder {
  readonly descending: boolean;
  private readonly key: SortKey;

  constructor(readonly sort: TaskSort) {
    this.descending = sort.startsWith('-');
    this.key = KEYS[sort.replace('-', '')](this.descending);
  }

  /** The due-date expression filters use: with a due sort, they then bound that same index scan. */
  get dueExpression(): string {
    return dueWrap(this.sort === '-dueAt')('t.due_at');
  }

  apply(qb: SelectQueryBuilder<Task>, limit: number): SelectQueryBuilder<Task> {
    const direction = this.descending ? 'DESC' : 'ASC';
    return qb.orderBy(this.key.wrap(this.key.column), direction).addOrderBy('t.id', direction).limit(limit);
  }

  positionOf(task: Omit<Task, 'ownerId'>): CursorValue[] {
    return [this.key.of(task), task.id];
  }

  isPosition(values: unknown[]): boolean {
    return values.length === 2 && this.key.valid(values[0]) && isUuid(values[1]);
  }

  /** Rows strictly after the position in this order; the id breaks ties, so no row is seen twice. */
  after(qb: Conditions, [key, id]: unknown[]): void {
    const column = this.key.wrap(this.key.column);
    const value = this.key.wrap(`CAST(:cursorKey AS ${this.key.cast})`);
    const operator = this.descending ? '<' : '>';
    qb.andWhere(`(${column}, t.id) ${operator} (${value}, CAST(:cursorId AS uuid))`, { cursorKey: key, cursorId: id });
  }
}

/**
 * A list's conditions as the filters and the cursor write them: their text is the shape of the
 * statement, their parameters its values.
 */
export class ListShape implements Conditions {
  readonly parameters: Record<string, unknown> = {};
  private text: string;

  constructor(order: TaskListOrder, limit: number) {
    this.text = `${order.sort} ${limit}`;
  }

  andWhere(condition: string, parameters?: ObjectLiteral): this {
    this.text += ` AND ${condition}`;
    Object.assign(this.parameters, parameters);
    return this;
  }

  get key(): string {
    return this.text;
  }
}

/** `%`, `_` and the escape character itself are matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

export function applyTaskFilters<Q extends Conditions>(
  qb: Q,
  filters: TaskFilters,
  order: TaskListOrder,
  now: Date,
): Q {
  const due = order.dueExpression;
  if (filters.completed !== undefined) qb.andWhere('t.completed = :completed', { completed: filters.completed });
  if (filters.priority) qb.andWhere('t.priority = :priority', { priority: PRIORITIES.indexOf(filters.priority) });
  if (filters.tag) qb.andWhere('t.tags @> ARRAY[CAST(:tag AS text)]', { tag: filters.tag });
  if (filters.q) {
    qb.andWhere(`(t.title ILIKE :pattern ESCAPE '\\' OR t.description ILIKE :pattern ESCAPE '\\')`, {
      pattern: containsPattern(filters.q),
    });
  }
  if (filters.dueBefore || filters.dueAfter || filters.overdue) qb.andWhere('t.due_at IS NOT NULL');
  if (filters.dueBefore) qb.andWhere(`${due} < :dueBefore`, { dueBefore: filters.dueBefore });
  if (filters.dueAfter) qb.andWhere(`${due} >= :dueAfter`, { dueAfter: filters.dueAfter });
  if (filters.overdue === true) qb.andWhere(`t.completed = false AND ${due} < :now`, { now });
  if (filters.overdue === false) {
    qb.andWhere('(t.completed = true OR t.due_at IS NULL OR t.due_at >= :now)', { now });
  }
  if (filters.remindBefore) {
    qb.andWhere('t.completed = false AND t.remind_at < :remindBefore', { remindBefore: filters.remindBefore });
  }
  return qb;
}
