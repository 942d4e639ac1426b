import { PRIORITIES, type Recurrence, type Task } from './task.entity';

export interface TaskView {
  id: string;
  title: string;
  description: string | null;
  completed: boolean;
  completedAt: string | null;
  priority: (typeof PRIORITIES)[number];
  dueAt: string | null;
  remindAt: string | null;
  tags: string[];
  recurrence: Recurrence | null;
  /** Absent where the row was read without it (the tasks endpoints, so far). */
  version?: number;
  createdAt: string;
  updatedAt: string;
  /** Only on a trashed task. */
  deletedAt?: string;
}

/** A task row; the tasks endpoints do not read its version and trash columns yet, the changes feed does. */
export type TaskSource = Omit<Task, 'ownerId' | 'owner' | 'version' | 'deletedAt'> &
  Partial<Pick<Task, 'version' | 'deletedAt'>>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Entity → response, field by field: nothing internal (owner id, recurrence anchor) can leak by accident. */
export function toTaskView(task: TaskSource): TaskView {
  const view: TaskView = {
    id: task.id,
    title: task.title,
    description: task.description,
    completed: task.completed,
    completedAt: iso(task.completedAt),
    priority: PRIORITIES[task.priority] ?? 'none',
    dueAt: iso(task.dueAt),
    remindAt: iso(task.remindAt),
    tags: task.tags,
    recurrence: task.recurrence ? { frequency: task.recurrence.frequency, interval: task.recurrence.interval } : null,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
  if (task.deletedAt) view.deletedAt = task.deletedAt.toISOString();
  return view;
}
