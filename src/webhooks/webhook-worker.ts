import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EventNotifications } from '../database/event-notifications';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookQueueRepository } from './webhook-queue.repository';

/** Finished messages, and their attempts, are kept this long for the deliveries list. */
export const MESSAGE_RETENTION_MS = 7 * 24 * 3_600_000;
const PRUNE_EVERY_MS = 10 * 60_000;
/** After failed passes (the database is down, say) the wait doubles up to this, so the log is not flooded. */
const LONGEST_ERROR_WAIT_MS = 30_000;

/** Deliveries one instance has in flight at once; a slow receiver holds one of them, not the worker. */
const MAX_IN_FLIGHT = 16;
/**
 * Wake-ups come with every write to any user's log, on every instance; passes they start are spaced
 * by at least this, so a busy API spends a few statements per interval on them, not per write.
 */
const WAKE_GAP_MS = 100;

/**
 * Delivers in the background, apart from the requests that cause the events: each pass queues new
 * events for the endpoints that are behind, then starts sending what is due without waiting for
 * the answers. Every instance runs one; they share the work through row locks. A new event (the
 * log's NOTIFY on `user_events`, heard on every instance) or a finished delivery starts a pass at
 * once; otherwise passes run every WEBHOOK_POLL_INTERVAL, which finds retries that came due and
 * whatever a lost notification would have announced.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private readonly stop = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private wanted = false;
  private prunedAt = 0;
  private startedAt = 0;
  private failures = 0;
  private unsubscribe: (() => void)[] = [];

  constructor(
    private readonly delivery: WebhookDeliveryService,
    private readonly queue: WebhookQueueRepository,
    private readonly notifications: EventNotifications,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.unsubscribe = [
      this.notifications.onUserEvents(() => this.wake()),
      this.notifications.onListeningChange((listening) => listening && this.wake()),
    ];
    this.schedule(0);
  }

  /** Before the database closes: no new pass, and the sends in flight are abandoned (their leases run out). */
  async onModuleDestroy(): Promise<void> {
    this.stop.abort();
    clearTimeout(this.timer);
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    await this.pass;
    await Promise.all(this.inFlight);
  }

  /** One pass: resolves with whether it found work. */
  async runOnce(): Promise<boolean> {
    const queued = await this.delivery.enqueue();
    const room = MAX_IN_FLIGHT - this.inFlight.size;
    const due = room > 0 ? await this.delivery.claimDue(room) : [];
    for (const message of due) {
      const sending: Promise<void> = this.delivery
        .deliver(message, this.stop.signal)
        .catch((error: Error) => {
          if (!this.stop.signal.aborted) this.logger.warn(`recording a webhook delivery failed: ${error.message}`);
        })
        .finally(() => {
          this.inFlight.delete(sending);
          this.wake();
        });
      this.inFlight.add(sending);
    }
    await this.pruneNow();
    return queued + due.length > 0;
  }

  /** A pass as soon as the current one (if any) is over. */
  private wake(): void {
    if (this.stop.signal.aborted) return;
    if (this.pass) {
      this.wanted = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(this.wakeDelay());
  }

  private wakeDelay(): number {
    return Math.max(0, this.startedAt + WAKE_GAP_MS - Date.now());
  }

  private schedule(delayMs: number): void {
    if (this.stop.signal.aborted) return;
    this.timer = setTimeout(() => {
      if (this.stop.signal.aborted || this.pass) return;
      this.wanted = false;
      this.startedAt = Date.now();
      const interval = this.config.webhooks.pollIntervalMs;
      this.pass = this.runOnce().then(
        (busy) => {
          this.pass = undefined;
          this.failures = 0;
          this.schedule(busy ? 0 : this.wanted ? this.wakeDelay() : interval);
        },
        (error: Error) => {
          this.pass = undefined;
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
