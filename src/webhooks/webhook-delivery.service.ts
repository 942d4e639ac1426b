import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { EventLogRepository, type LoggedEvent } from '../events/event-log.repository';
import { TASK_CHANGED } from '../events/user-event.entity';
import { toChange } from '../tasks/changes-feed.service';
import {
  WebhookQueueRepository,
  type DueMessage,
  type FailureOutcome,
  type NewMessage,
} from './webhook-queue.repository';
import { sign, WebhookSecretBox } from './webhook-secret';
import { isSuccess, WebhookSender, type SendResult } from './webhook-sender';

const HOUR_MS = 3_600_000;
/** Failed messages are retried this long after they were queued; then the endpoint is disabled. */
export const RETRY_WINDOW_MS = 24 * HOUR_MS;
/** An endpoint whose every delivery failed for this long is disabled, even while messages are young. */
export const FAILURE_WINDOW_MS = 5 * 24 * HOUR_MS;
/** Longer than the receiver's time to answer: a claim outlives its attempt unless the instance stops. */
export const LEASE_MS = 60_000;
const FIRST_RETRY_MS = 10_000;
const LONGEST_WAIT_MS = 4 * HOUR_MS;
const ENDPOINTS_PER_PASS = 20;
const EVENTS_PER_ENDPOINT = 100;

/** 10 s, 20 s, 40 s … doubling up to 4 h: about a dozen attempts in the first day. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_WAIT_MS);
}

/** The Standard Webhooks id of a message, the same on every attempt. */
export const messageId = (id: string) => `msg_${id}`;

const describe = (result: SendResult) => (result.status !== null ? `HTTP ${result.status}` : result.error);

/**
 * The rules of delivery: which events become messages and with what body, and what follows each
 * attempt. The worker calls it; the queue repository holds the queries.
 */
@Injectable()
export class WebhookDeliveryService {
  constructor(
    private readonly queue: WebhookQueueRepository,
    private readonly log: EventLogRepository,
    private readonly sender: WebhookSender,
    private readonly secrets: WebhookSecretBox,
    private readonly clock: Clock,
  ) {}

  /** Queues the new events of endpoints that are behind; the number queued. */
  enqueue(): Promise<number> {
    return this.queue.queueBehind(ENDPOINTS_PER_PASS, this.clock.now(), async (webhook) => {
      // The head first: whatever commits after it is read now or in a later pass.
      const head = await this.log.head(webhook.ownerId);
      const events = await this.log.read(webhook.ownerId, webhook.lastPosition, EVENTS_PER_ENDPOINT);
      const through =
        events.length < EVENTS_PER_ENDPOINT
          ? Math.max(head.lastPosition, webhook.lastPosition, ...events.map((event) => event.position))
          : events[events.length - 1].position;
      const messages: NewMessage[] = events
        .filter((event) => (webhook.events as string[]).includes(event.type))
        .map((event) => ({ position: event.position, type: event.type, body: bodyOf(event) }));
      return { messages, through };
    });
  }

  /** Claims up to `limit` messages that are due, for this instance to send now. */
  claimDue(limit: number): Promise<DueMessage[]> {
    const now = this.clock.now();
    return this.queue.claimDue(now, new Date(now.getTime() + LEASE_MS), limit);
  }

  /** One attempt at a claimed message, and what follows from its answer. `stop` aborts it at shutdown. */
  async deliver(message: DueMessage, stop: AbortSignal): Promise<void> {
    const at = this.clock.now();
    const secret = this.secrets.open(message.secret);
    if (!secret) {
      const reason = 'Its signing secret can no longer be read (the server key changed); register it again';
      return this.queue.recordFailure(message, { status: null, error: 'unreadable secret', at }, { disable: reason });
    }
    const id = messageId(message.id);
    // The receiver compares this with its own clock, so it is the real time, whatever the rules read.
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await this.sender.send(
      message.url,
      {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': sign(secret, id, timestamp, message.body),
      },
      message.body,
      stop,
    );
    // Stopped by a shutdown: the lease runs out and the message is sent again, by this or another instance.
    if (stop.aborted) return;
    const attempt = { status: result.status, error: result.error, at };
    if (isSuccess(result)) return this.queue.recordSuccess(message, attempt);
    return this.queue.recordFailure(message, attempt, this.afterFailure(message, result, at));
  }

  private afterFailure(message: DueMessage, result: SendResult, at: Date): FailureOutcome {
    const failingSince = message.failingSince ?? at;
    if (at.getTime() - message.createdAt.getTime() >= RETRY_WINDOW_MS) {
      return { disable: `Deliveries failed for 24 hours (last: ${describe(result)})` };
    }
    if (at.getTime() - failingSince.getTime() >= FAILURE_WINDOW_MS) {
      return { disable: `Every delivery failed for 5 days (last: ${describe(result)})` };
    }
    return { retryAt: new Date(at.getTime() + retryDelayMs(message.attempts)) };
  }
}

/** The JSON a receiver gets: a task change as the changes feed gives it, other events' own data. */
function bodyOf(event: LoggedEvent): string {
  const data = event.type === TASK_CHANGED ? toChange(event) : event.data;
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data });
}
