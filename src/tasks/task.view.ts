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
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Only on a trashed task. */
  deletedAt?: string;
}

/** A task row; only a trashed task's has `deletedAt` set (a live task's may leave it out). */
export type TaskSource = Omit<Task, 'ownerId' | 'owner' | 'deletedAt'> & Partial<Pick<Task, 'deletedAt'>>;

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
