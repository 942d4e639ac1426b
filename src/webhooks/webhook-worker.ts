import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookQueueRepository } from './webhook-queue.repository';

/** Finished messages, and their attempts, are kept this long for the deliveries list. */
export const MESSAGE_RETENTION_MS = 7 * 24 * 3_600_000;
const PRUNE_EVERY_MS = 10 * 60_000;
/** After failed passes (the database is down, say) the wait doubles up to this, so the log is not flooded. */
const LONGEST_ERROR_WAIT_MS = 30_000;

/**
 * Delivers in the background, apart from the requests that cause the events: each pass queues new
 * events for the endpoints that are behind, then sends what is due. Every instance runs one; they
 * share the work through row locks. A pass that found work is followed at once by another,
 * otherwise the next waits WEBHOOK_POLL_INTERVAL.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private readonly stop = new AbortController();
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private prunedAt = 0;
  private failures = 0;

  constructor(
    private readonly delivery: WebhookDeliveryService,
    private readonly queue: WebhookQueueRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Before the database closes: no new pass, and the sends in flight are abandoned (their leases run out). */
  async onModuleDestroy(): Promise<void> {
    this.stop.abort();
    clearTimeout(this.timer);
    await this.pass;
  }

  /** One pass now, for tests and wake-ups; resolves with whether it found work. */
  async runOnce(): Promise<boolean> {
    const queued = await this.delivery.enqueue();
    const sent = await this.delivery.deliverDue(this.stop.signal);
    await this.pruneNow();
    return queued + sent > 0;
  }

  private schedule(delayMs: number): void {
    if (this.stop.signal.aborted) return;
    this.timer = setTimeout(() => {
      if (this.stop.signal.aborted) return;
      const interval = this.config.webhooks.pollIntervalMs;
      this.pass = this.runOnce().then(
        (busy) => {
          this.failures = 0;
          this.schedule(busy ? 0 : interval);
        },
        (error: Error) => {
          if (this.stop.signal.aborted) return;
          const wait = Math.min(interval * 2 ** this.failures++, Math.max(interval, LONGEST_ERROR_WAIT_MS));
          this.logger.warn(`webhook pass failed; trying again in ${wait} ms: ${error.message}`);
          this.schedule(wait);
        },
      );
    }, delayMs);
    this.timer.unref();
  }

  private async pruneNow(): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    await this.queue.prune(new Date(this.clock.now().getTime() - MESSAGE_RETENTION_MS));
  }
}
