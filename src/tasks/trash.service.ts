import { Injectable, NotFoundException } from '@nestjs/common';
import { PreconditionFailed } from '../common/problem';
import { isUuid } from '../common/uuid';
import type { TrashQuery } from './dto/trash.dto';
import { etagOf, versionsOf, type IfMatchCondition } from './preconditions';
import { listScope, TaskCursorCodec } from './task-cursor';
import { toTaskView, type TaskView } from './task.view';
import { TasksRepository } from './tasks.repository';
import { DEFAULT_PAGE_SIZE, type TaskPageView } from './tasks.service';

/** Small statements: each locks few rows and writes few events, however much outlived the retention. */
const PURGE_BATCH = 500;

const SCOPE = listScope({ list: 'trash' });
const isTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * The trash: tasks a DELETE put aside, listed most recently deleted first, restored as they were,
 * or deleted for good (one, all, or by the upkeep once they outlive the retention).
 */
@Injectable()
export class TrashService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly cursors: TaskCursorCodec,
  ) {}

  async list(ownerId: string, query: TrashQuery): Promise<TaskPageView> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor
      ? (this.cursors.decode(query.cursor, SCOPE, (v) => v.length === 2 && isTime(v[0]) && isUuid(v[1])) as [
          string,
          string,
        ])
      : undefined;
    const rows = await this.tasks.trashPage(ownerId, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[limit - 1];
    return {
      items: page.map(toTaskView),
      nextCursor: rows.length > limit ? this.cursors.encode(SCOPE, [last.deletedAt!.toISOString(), last.id]) : null,
    };
  }

  /** Back where it was, its version one more; a task not in the owner's trash is a 404 (412 under If-Match). */
  async restore(ownerId: string, id: string, ifMatch?: IfMatchCondition): Promise<TaskView> {
    if (!isUuid(id)) throw new NotFoundException();
    const row = await this.tasks.restore(ownerId, id, versionsOf(ifMatch));
    if (row) return toTaskView(row);
    if (ifMatch === undefined) throw new NotFoundException();
    const trashed = await this.tasks.findTrashed(ownerId, id);
    throw new PreconditionFailed(trashed && etagOf(trashed.version));
  }

  async purge(ownerId: string, id: string): Promise<void> {
    if (!isUuid(id) || !(await this.tasks.purge(ownerId, id))) throw new NotFoundException();
  }

  async empty(ownerId: string): Promise<void> {
    await this.tasks.emptyTrash(ownerId);
  }

  /** Deletes for good, every user's, what was put in the trash before `cutoff`; how many. */
  async purgeExpired(cutoff: Date): Promise<number> {
    let purged = 0;
    for (;;) {
      const batch = await this.tasks.purgeTrashedBefore(cutoff, PURGE_BATCH);
      purged += batch;
      if (batch < PURGE_BATCH) return purged;
    }
  }
}
