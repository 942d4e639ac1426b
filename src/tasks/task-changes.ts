import { ValidationProblem } from '../common/problem';
import type { TaskFields } from './dto/task-fields';
import { anchorDayOf, nextOccurrence } from './recurrence';
import { PRIORITIES, type Task } from './task.entity';

/**
 * How a write changes a task. `replace` (create and PUT) resets every omitted optional field to its
 * default; otherwise (PATCH) an omitted field is left as it is.
 */
export function writeTaskFields(task: Task, fields: Partial<TaskFields>, replace: boolean, now: Date): void {
  const keep = <T>(given: T | undefined, fallback: T, current: T): T =>
    given !== undefined ? given : replace ? fallback : current;
  if (fields.title !== undefined) task.title = fields.title;
  task.description = keep(fields.description, null, task.description);
  task.priority = fields.priority !== undefined ? PRIORITIES.indexOf(fields.priority) : replace ? 0 : task.priority;
  task.dueAt = keep(toDate(fields.dueAt), null, task.dueAt);
  task.remindAt = keep(toDate(fields.remindAt), null, task.remindAt);
  task.tags = keep(fields.tags, [], task.tags);

  const rule = keep(fields.recurrence, null, task.recurrence);
  if (!rule) {
    task.recurrence = null;
  } else if (!task.dueAt) {
    const field = fields.recurrence !== undefined ? 'recurrence' : 'dueAt';
    throw ValidationProblem.field(field, 'a recurring task needs a dueAt');
  } else if (fields.recurrence !== undefined || fields.dueAt !== undefined) {
    // The series restarts from the dueAt the client set: its day of the month is the new anchor.
    task.recurrence = { frequency: rule.frequency, interval: rule.interval, anchorDay: anchorDayOf(task.dueAt) };
  }

  const completed = keep(fields.completed, false, undefined);
  if (completed !== undefined) setCompleted(task, completed, now);
}

/**
 * Completing a recurring task does not close it: its dueAt moves to the next occurrence after now,
 * and its remindAt by the same amount, so the reminder keeps its lead time.
 */
export function setCompleted(task: Task, completed: boolean, now: Date): void {
  if (completed && task.recurrence && task.dueAt) {
    const next = nextOccurrence(task.dueAt, task.recurrence, now);
    if (task.remindAt) task.remindAt = new Date(task.remindAt.getTime() + (next.getTime() - task.dueAt.getTime()));
    task.dueAt = next;
    completed = false;
  }
  if (completed && !task.completed) task.completedAt = now;
  if (!completed) task.completedAt = null;
  task.completed = completed;
}

function toDate(value: string | null | undefined): Date | null | undefined {
  return typeof value === 'string' ? new Date(value) : value;
}

/** What a write can change, compared to skip an UPDATE that would change nothing (and keep updatedAt). */
export function fieldsOf(task: Omit<Task, 'ownerId'>): string {
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
