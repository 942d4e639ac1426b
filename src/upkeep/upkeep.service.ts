import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EventLogRepository } from '../events/event-log.repository';
import { IdempotencyRepository } from '../idempotency/idempotency.repository';
import { TrashService } from '../tasks/trash.service';

/** Often enough that nothing outlives its retention by much; each pass is a few indexed deletes. */
export const UPKEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Drops what has outlived its retention: tasks in the trash longer than TRASH_RETENTION, changes
 * older than the feed keeps, idempotency keys past their day. Every instance runs it; the deletes are the same whoever runs them, so no lock is needed.
 */
@Injectable()
export class UpkeepService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Upkeep');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventLogRepository,
    private readonly keys: IdempotencyRepository,
    private readonly trash: TrashService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runSafely(), UPKEEP_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<{ trash: number; events: number; keys: number }> {
    // First: a purge is a change, logged before the log is pruned.
    const trash = await this.trash.purgeExpired(
      new Date(this.clock.now().getTime() - this.config.trashRetentionSeconds * 1000),
    );
    const events = await this.events.prune(new Date(Date.now() - this.config.changesRetentionSeconds * 1000));
    const keys = await this.keys.deleteExpired();
    return { trash, events, keys };
  }

  private async runSafely(): Promise<void> {
    try {
      const done = await this.run();
      if (done.trash || done.events || done.keys) this.logger.log(done);
    } catch (error) {
      this.logger.warn(
        `upkeep failed; it runs again in ${UPKEEP_INTERVAL_MS / 60000} min: ${(error as Error).message}`,
      );
    }
  }
}
