import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Not, Repository } from 'typeorm';
import { EventLog } from '../events/event-log.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookMessage } from './webhook-message.entity';
import { Webhook, type WebhookEvent } from './webhook.entity';

/** An endpoint whose owner's log has events it has not queued yet. */
export interface BehindWebhook {
  id: string;
  ownerId: string;
  events: WebhookEvent[];
  lastPosition: number;
}

export interface NewMessage {
  position: number;
  type: string;
  body: string;
}

/** A message claimed for one attempt, with what sending it needs. */
export interface DueMessage {
  id: string;
  webhookId: string;
  ownerId: string;
  type: string;
  body: string;
  attempts: number;
  createdAt: Date;
  url: string;
  secret: Buffer;
  failingSince: Date | null;
}

export interface Attempt {
  status: number | null;
  error: string | null;
  at: Date;
}

/** After a failed attempt: when to try again, or why the endpoint is disabled. */
export type FailureOutcome = { retryAt: Date } | { disable: string };

/**
 * The delivery worker's queries. Claims span every user (the worker serves them all), and take
 * their rows with `FOR UPDATE SKIP LOCKED`, so instances running side by side share the work
 * without waiting on each other or doing anything twice; every write names the owner.
 */
@Injectable()
export class WebhookQueueRepository {
  constructor(
    @InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>,
    @InjectRepository(WebhookMessage) private readonly messages: Repository<WebhookMessage>,
  ) {}

  /**
   * Claims up to `limit` enabled endpoints that are behind their owner's log and, per endpoint,
   * queues what `build` makes of the events after its position and moves the position, all in one
   * transaction: an event is queued once, whatever instance or restart gets there.
   */
  async queueBehind(
    limit: number,
    now: Date,
    build: (webhook: BehindWebhook) => Promise<{ messages: NewMessage[]; through: number }>,
  ): Promise<number> {
    return this.webhooks.manager.transaction(async (tx) => {
      const rows: { id: string; owner_id: string; events: WebhookEvent[]; last_position: string }[] = await tx
        .createQueryBuilder(Webhook, 'w')
        .innerJoin(EventLog, 'l', 'l.user_id = w.owner_id')
        .select(['w.id AS id', 'w.owner_id AS owner_id', 'w.events AS events', 'w.last_position AS last_position'])
        .where('w.enabled AND w.last_position < l.last_position')
        .orderBy('w.id')
        .limit(limit)
        .setLock('pessimistic_write', undefined, ['w'])
        .setOnLocked('skip_locked')
        .getRawMany();
      let queued = 0;
      for (const row of rows) {
        const webhook = {
          id: row.id,
          ownerId: row.owner_id,
          events: row.events,
          lastPosition: Number(row.last_position),
        };
        const { messages, through } = await build(webhook);
        if (messages.length) {
          await tx.insert(
            WebhookMessage,
            messages.map((message) => ({
              webhookId: webhook.id,
              ownerId: webhook.ownerId,
              position: String(message.position),
              type: message.type,
              body: message.body,
              state: 'pending' as const,
              attempts: 0,
              nextAttemptAt: now,
              createdAt: now,
            })),
          );
        }
        await tx.update(Webhook, { ownerId: webhook.ownerId, id: webhook.id }, { lastPosition: String(through) });
        queued += messages.length;
      }
      return queued;
    });
  }

  /**
   * Claims up to `limit` messages due by `now` on enabled endpoints, counting the attempt and
   * leasing each until `leaseUntil`: if this instance stops before recording the answer, another
   * sends it again then, with the same id.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<DueMessage[]> {
    return this.messages.manager.transaction(async (tx) => {
      const rows: Record<string, unknown>[] = await tx
        .createQueryBuilder(WebhookMessage, 'm')
        .innerJoin(Webhook, 'w', 'w.id = m.webhook_id AND w.owner_id = m.owner_id')
        .select(['m.id AS id', 'm.webhook_id AS webhook_id', 'm.owner_id AS owner_id', 'm.type AS type'])
        .addSelect(['m.body AS body', 'm.attempts AS attempts', 'm.created_at AS created_at', 'w.url AS url'])
        .addSelect(['w.secret AS secret', 'w.failing_since AS failing_since'])
        .where(`m.state = 'pending' AND m.next_attempt_at <= :now AND w.enabled`, { now })
        .orderBy('m.next_attempt_at')
        .addOrderBy('m.position')
        .limit(limit)
        .setLock('pessimistic_write', undefined, ['m'])
        .setOnLocked('skip_locked')
        .getRawMany();
      const claimed = rows.map((row) => ({
        id: row.id as string,
        webhookId: row.webhook_id as string,
        ownerId: row.owner_id as string,
        type: row.type as string,
        body: row.body as string,
        attempts: (row.attempts as number) + 1,
        createdAt: row.created_at as Date,
        url: row.url as string,
        secret: row.secret as Buffer,
        failingSince: row.failing_since as Date | null,
      }));
      for (const message of claimed) {
        await tx.update(
          WebhookMessage,
          { ownerId: message.ownerId, id: message.id },
          { attempts: message.attempts, nextAttemptAt: leaseUntil },
        );
      }
      return claimed;
    });
  }

  /** Records an attempt that the receiver answered with a 2xx. */
  recordSuccess(message: DueMessage, attempt: Attempt): Promise<void> {
    const { ownerId } = message;
    return this.messages.manager.transaction(async (tx) => {
      await tx.insert(WebhookDelivery, this.delivery(message, attempt));
      await tx.update(WebhookMessage, { ownerId, id: message.id }, { state: 'delivered' });
      await tx.update(
        Webhook,
        { ownerId, id: message.webhookId },
        { lastDeliveryAt: attempt.at, lastStatus: attempt.status, failingSince: null },
      );
    });
  }

  /** Records a failed attempt, then schedules the next or disables the endpoint (giving up what waits). */
  recordFailure(message: DueMessage, attempt: Attempt, outcome: FailureOutcome): Promise<void> {
    const { ownerId } = message;
    return this.messages.manager.transaction(async (tx) => {
      await tx.insert(WebhookDelivery, this.delivery(message, attempt));
      await tx.update(
        Webhook,
        { ownerId, id: message.webhookId },
        {
          lastDeliveryAt: attempt.at,
          lastStatus: attempt.status,
          failingSince: message.failingSince ?? attempt.at,
        },
      );
      if ('retryAt' in outcome) {
        await tx.update(WebhookMessage, { ownerId, id: message.id }, { nextAttemptAt: outcome.retryAt });
        return;
      }
      await tx.update(
        Webhook,
        { ownerId, id: message.webhookId, enabled: true },
        { enabled: false, disabledReason: outcome.disable },
      );
      await tx.update(WebhookMessage, { ownerId, webhookId: message.webhookId, state: 'pending' }, { state: 'failed' });
    });
  }

  /** Drops finished messages (and their attempts) older than `before`. */
  async prune(before: Date): Promise<number> {
    const { affected } = await this.messages.delete({ state: Not('pending'), createdAt: LessThan(before) });
    return affected ?? 0;
  }

  private delivery(message: DueMessage, attempt: Attempt): Partial<WebhookDelivery> {
    return {
      webhookId: message.webhookId,
      ownerId: message.ownerId,
      messageId: message.id,
      type: message.type,
      attempt: message.attempts,
      status: attempt.status,
      error: attempt.error?.slice(0, 255) ?? null,
      attemptedAt: attempt.at,
    };
  }
}
