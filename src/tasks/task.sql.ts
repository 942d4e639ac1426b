import type { Pool } from 'pg';
import type { TaskConditions } from './task-query.builder';
import type { Task } from './task.entity';

/**
 * The tasks' hot statements as fixed SQL sent straight to the pool, rows named as the entity's fields
 * so they map to the view without hydration. Each is a named statement, which every connection
 * parses and plans once. Every statement names the owner: another user's task is never touched.
 */
export type TaskRow = Omit<Task, 'ownerId' | 'version' | 'deletedAt'>;

/** A row plus its version (the tuple's xmin), which a read-then-write checks so no change is lost. */
export type VersionedTaskRow = TaskRow & { version: string };

export const taskColumns = (alias: string) =>
  `${alias}.id, ${alias}.title, ${alias}.description, ${alias}.completed, ${alias}.completed_at AS "completedAt", ` +
  `${alias}.priority, ${alias}.due_at AS "dueAt", ${alias}.remind_at AS "remindAt", ${alias}.tags, ` +
  `${alias}.recurrence, ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt"`;

const COLUMNS = taskColumns('tasks');

export const FIND_TASK = {
  name: 'task-find',
  text: `SELECT ${COLUMNS} FROM tasks WHERE id = $1 AND owner_id = $2`,
};

export const FIND_TASK_FOR_WRITE = {
  name: 'task-find-versioned',
  text: `SELECT ${COLUMNS}, xmin::text AS version FROM tasks WHERE id = $1 AND owner_id = $2`,
};

export const INSERT_TASK = {
  name: 'task-insert',
  text:
    'INSERT INTO tasks (owner_id, title, description, completed, completed_at, priority, due_at, remind_at, tags, recurrence) ' +
    `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
};

/** Writes every field, only if the row is still the version that was read; updated_at as the ORM set it. */
export const UPDATE_TASK = {
  name: 'task-update',
  text:
    'UPDATE tasks SET title = $3, description = $4, completed = $5, completed_at = $6, priority = $7, due_at = $8, ' +
    'remind_at = $9, tags = $10, recurrence = $11, updated_at = CURRENT_TIMESTAMP ' +
    `WHERE id = $1 AND owner_id = $2 AND xmin = $12::xid RETURNING ${COLUMNS}`,
};

// $3 is the wanted state, null to toggle. A recurring task being completed is left out: its dates move
// instead (see setCompleted), so it takes the read-then-write path. completed_at and updated_at change
// only with the state, as they did when the change was worked out in the application.
const DONE = 'COALESCE($3::boolean, NOT completed)';
export const COMPLETE_TASK = {
  name: 'task-complete',
  text:
    `UPDATE tasks SET completed = ${DONE}, ` +
    `completed_at = CASE WHEN NOT ${DONE} THEN NULL WHEN completed THEN completed_at ELSE $4::timestamptz END, ` +
    `updated_at = CASE WHEN completed = ${DONE} THEN updated_at ELSE CURRENT_TIMESTAMP END ` +
    `WHERE id = $1 AND owner_id = $2 AND (recurrence IS NULL OR due_at IS NULL OR NOT ${DONE}) ` +
    `RETURNING ${COLUMNS}`,
};

export function taskValues(task: TaskRow): unknown[] {
  return [
    task.title,
    task.description,
    task.completed,
    task.completedAt,
    task.priority,
    task.dueAt,
    task.remindAt,
    task.tags,
    // pg would send a plain object as JSON too, but an array or a string needs stringifying for jsonb.
    task.recurrence === null ? null : JSON.stringify(task.recurrence),
  ];
}

/** What a write can change, compared to skip an UPDATE that would change nothing (and keep updatedAt). */
export function fieldsOf(task: TaskRow): string {
  const time = (date: Date | null) => date?.getTime() ?? null;
  const rule = task.recurrence;
  return JSON.stringify([
    task.title,
    task.description,
    task.completed,
    time(task.completedAt),
    task.priority,
    time(task.dueAt),
    time(task.remindAt),
    task.tags,
    rule && [rule.frequency, rule.interval, rule.anchorDay],
  ]);
}

export async function firstRow<T>(pool: Pool, statement: { name: string; text: string }, values: unknown[]) {
  const { rows } = await pool.query({ ...statement, values });
  return rows[0] as T | undefined;
}

/**
 * The list's SELECT, written here rather than by the query builder (which rewrote it on every
 * request): `:name` parameters in the conditions become `$n`, one per name. Always the owner's rows.
 */
export class ListStatement implements TaskConditions {
  readonly values: unknown[];
  private readonly conditions = ['t.owner_id = $1'];
  private readonly numbers = new Map<string, string>();

  constructor(ownerId: string) {
    this.values = [ownerId];
  }

  andWhere(where: string, parameters: Record<string, unknown> = {}): this {
    this.conditions.push(
      where.replace(/(?<![:\w]):(\w+)/g, (_match, name: string) => {
        let number = this.numbers.get(name);
        if (!number) {
          this.values.push(parameters[name]);
          number = `$${this.values.length}`;
          this.numbers.set(name, number);
        }
        return number;
      }),
    );
    return this;
  }

  text(orderBy: string, limit: number): string {
    const where = this.conditions.map((condition) => `(${condition})`).join(' AND ');
    return `SELECT ${taskColumns('t')} FROM tasks t WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit}`;
  }
}
