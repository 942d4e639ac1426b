import { HttpException, Injectable } from '@nestjs/common';
import { problem } from '../common/problem';
import { EventCursorCodec, type LogPosition } from '../events/event-cursor';
import { EventLogRepository, type LoggedEvent } from '../events/event-log.repository';
import { DEFAULT_CHANGES_PAGE } from './dto/changes.dto';
import { toTaskView, type TaskView } from './task.view';

export type TaskChange = { op: 'upsert'; task: TaskView } | { op: 'delete'; id: string; deletedAt: string };

export interface ChangesView {
  changes: TaskChange[];
  cursor: string;
  hasMore: boolean;
}

/** A logged task change as clients see it: the task as it is now, or its deletion for good. */
export function toChange(event: LoggedEvent): TaskChange {
  return event.task
    ? { op: 'upsert', task: toTaskView(event.task) }
    : { op: 'delete', id: event.taskId!, deletedAt: event.createdAt.toISOString() };
}

export const syncExpired = () => new HttpException(problem(410), 410);

/** The changes feed: each user's event log, read as task changes, from a cursor or from the start. */
@Injectable()
export class ChangesFeedService {
  constructor(
    private readonly log: EventLogRepository,
    private readonly cursors: EventCursorCodec,
  ) {}

  async changes(userId: string, since: string | undefined, limit = DEFAULT_CHANGES_PAGE): Promise<ChangesView> {
    const at = since === undefined ? undefined : this.cursors.decode(userId, since, 'since');
    if (!at || at.afterId !== undefined) return this.fullSync(userId, at, limit);
    // Read first: whatever commits after it is in the changes read next, or after the cursor given.
    const head = await this.log.head(userId);
    if (at.position < head.prunedThrough) throw syncExpired();
    const events = await this.log.read(userId, at.position, limit + 1, true);
    const page = events.slice(0, limit);
    const hasMore = events.length > limit;
    // Every change up to the head has been sent (or was folded into a later one that has).
    const reached = hasMore
      ? page[page.length - 1].position
      : Math.max(head.lastPosition, at.position, ...positions(page));
    return { changes: page.map(toChange), cursor: this.cursors.encode(userId, { position: reached }), hasMore };
  }

  /**
   * Every task, trashed ones too, in pages of id order; the log position is taken before the first
   * page, so a change made while the pages are read comes again when the feed is followed from it.
   */
  private async fullSync(userId: string, at: LogPosition | undefined, limit: number): Promise<ChangesView> {
    const head = await this.log.head(userId);
    const position = at?.position ?? head.lastPosition;
    if (position < head.prunedThrough) throw syncExpired();
    const tasks = await this.log.tasksAfter(userId, at?.afterId, limit + 1);
    const page = tasks.slice(0, limit);
    const hasMore = tasks.length > limit;
    return {
      changes: page.map((task) => ({ op: 'upsert', task: toTaskView(task) })),
      cursor: this.cursors.encode(userId, hasMore ? { position, afterId: page[page.length - 1].id } : { position }),
      hasMore,
    };
  }
}

const positions = (events: LoggedEvent[]) => events.map((event) => event.position);
