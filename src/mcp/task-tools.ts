import type { Type } from '@nestjs/common';
import type { TokenScope } from '../auth/tokens/token-scopes';
import type { ListTasksQuery } from '../tasks/dto/list-tasks.query';
import type { TasksService } from '../tasks/tasks.service';
import { AddTaskArgs, CompleteTaskArgs, DeleteTaskArgs, ListTasksArgs, UpdateTaskArgs } from './tool-args';

export interface TaskTool<A extends object = object> {
  name: string;
  title: string;
  description: string;
  scope: TokenScope;
  args: Type<A>;
  /** Hints for the client (MCP tool annotations): a client may ask before running a destructive tool. */
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean };
  run(tasks: TasksService, ownerId: string, args: A): Promise<object>;
}

const tool = <A extends object>(definition: TaskTool<A>) => definition as unknown as TaskTool;

const TIMES =
  'Times are ISO 8601 with a zone, like 2026-12-01T17:00:00Z (a bare date such as 2026-12-01 means midnight UTC).';

/** The MCP tools: each acts as the caller through the same service as the REST routes. */
export const TASK_TOOLS: readonly TaskTool[] = [
  tool<AddTaskArgs>({
    name: 'add_task',
    title: 'Add a task',
    description:
      "Create a task in the user's todo list. Only `title` is required; priority is none, low, medium or high; " +
      `tags are short lower-case labels. ${TIMES} Returns the new task, with the id the other tools take.`,
    scope: 'tasks:write',
    args: AddTaskArgs,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (tasks, ownerId, args) => tasks.create(ownerId, args),
  }),
  tool<ListTasksArgs>({
    name: 'list_tasks',
    title: 'List tasks',
    description:
      "List the user's tasks, newest first, at most `limit` (default 20) per call. Filters combine: `status` " +
      '(all, pending or completed), `q` (text in the title or description), `tag`, `priority`, `dueBefore`. ' +
      `${TIMES} Returns { tasks, nextCursor }: when nextCursor is not null, call again with the same filters ` +
      'and `cursor` set to it for the next page.',
    scope: 'tasks:read',
    args: ListTasksArgs,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    run: async (tasks, ownerId, { status, ...filters }) => {
      const query: ListTasksQuery = { ...filters };
      if (status === 'pending' || status === 'completed') query.completed = status === 'completed';
      const page = await tasks.list(ownerId, query);
      return { tasks: page.items, nextCursor: page.nextCursor };
    },
  }),
  tool<CompleteTaskArgs>({
    name: 'complete_task',
    title: 'Complete a task',
    description:
      'Mark one of the user’s tasks as done, or with `completed: false` as not done. A recurring task is not ' +
      'closed: it moves on to its next occurrence and stays open. Returns the task.',
    scope: 'tasks:write',
    args: CompleteTaskArgs,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (tasks, ownerId, { taskId, completed }) => tasks.complete(ownerId, taskId, completed ?? true),
  }),
  tool<UpdateTaskArgs>({
    name: 'update_task',
    title: 'Change a task',
    description:
      'Change some fields of one of the user’s tasks: fields left out keep their values; description, dueAt and ' +
      `remindAt are cleared with null. tags replaces the whole list. ${TIMES} Returns the task.`,
    scope: 'tasks:write',
    args: UpdateTaskArgs,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (tasks, ownerId, { taskId, ...fields }) => tasks.update(ownerId, taskId, fields),
  }),
  tool<DeleteTaskArgs>({
    name: 'delete_task',
    title: 'Delete a task',
    description: 'Delete one of the user’s tasks: it moves to the trash. Returns { taskId, status: "deleted", title }.',
    scope: 'tasks:write',
    args: DeleteTaskArgs,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
    run: async (tasks, ownerId, { taskId }) => {
      const { title } = await tasks.remove(ownerId, taskId);
      return { taskId, status: 'deleted', title };
    },
  }),
];

export const TOOLS_BY_NAME: ReadonlyMap<string, TaskTool> = new Map(TASK_TOOLS.map((t) => [t.name, t]));
