import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { EventLog } from '../events/event-log.entity';
import { User } from '../users/user.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookMessage } from './webhook-message.entity';
import { Webhook, type WebhookEvent } from './webhook.entity';

export interface NewWebhook {
  url: string;
  events: WebhookEvent[];
  description: string | null;
  secret: Buffer;
}

export interface WebhookChanges {
  url?: string;
  events?: WebhookEvent[];
  description?: string | null;
  enabled?: boolean;
}

export type WebhookRow = Pick<
  Webhook,
  'id' | 'url' | 'events' | 'description' | 'enabled' | 'disabledReason' | 'lastDeliveryAt' | 'lastStatus' | 'createdAt'
>;

export type DeliveryRow = Pick<WebhookDelivery, 'messageId' | 'type' | 'attempt' | 'status' | 'error' | 'attemptedAt'>;

const ROW_FIELDS = [
  'w.id',
  'w.url',
  'w.events',
  'w.description',
  'w.enabled',
  'w.disabledReason',
  'w.lastDeliveryAt',
  'w.lastStatus',
  'w.createdAt',
];

/** Every query on the endpoints a user registered and their deliveries; each names the owner. */
@Injectable()
export class WebhooksRepository {
  constructor(
    @InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
  ) {}

  /**
   * Adds an endpoint unless the owner has `max` already; the owner's row is locked for the count and
   * the insert, so two requests at once cannot both take the last place. It starts at the head of
   * the owner's event log: only later events are sent. Null when the owner is at the limit.
   */
  insertWithin(ownerId: string, max: number, fields: NewWebhook): Promise<Webhook | null> {
    return this.webhooks.manager.transaction(async (tx) => {
      await tx
        .createQueryBuilder(User, 'u')
        .select('u.id')
        .where('u.id = :ownerId', { ownerId })
        .setLock('pessimistic_write')
        .getRawOne();
      if ((await tx.countBy(Webhook, { ownerId })) >= max) return null;
      const webhook = tx.create(Webhook, {
        ownerId,
        ...fields,
        enabled: true,
        disabledReason: null,
        lastPosition: await this.head(tx, ownerId),
        lastDeliveryAt: null,
        lastStatus: null,
        failingSince: null,
      });
      await tx.insert(Webhook, webhook);
      return webhook;
    });
  }

  list(ownerId: string): Promise<WebhookRow[]> {
    return this.webhooks
      .createQueryBuilder('w')
      .select(ROW_FIELDS)
      .where('w.ownerId = :ownerId', { ownerId })
      .orderBy('w.createdAt', 'DESC')
      .addOrderBy('w.id')
      .getMany();
  }

  /**
   * Applies the changes to the owner's endpoint, under its row lock; null when there is none. Turning
   * it on again clears why it stopped and starts from the head of the log; turning it off (here, or
   * by `disable`) gives up the messages still waiting.
   */
  update(ownerId: string, id: string, changes: WebhookChanges): Promise<WebhookRow | null> {
    return this.webhooks.manager.transaction(async (tx) => {
      const current = await tx
        .createQueryBuilder(Webhook, 'w')
        .select(['w.id', 'w.enabled'])
        .where('w.ownerId = :ownerId AND w.id = :id', { ownerId, id })
        .setLock('pessimistic_write')
        .getOne();
      if (!current) return null;
      const set: Partial<Webhook> = {};
      if (changes.url !== undefined) set.url = changes.url;
      if (changes.events !== undefined) set.events = changes.events;
      if (changes.description !== undefined) set.description = changes.description;
      if (changes.enabled === true && !current.enabled) {
        // failingSince stays: only a delivery that succeeds ends a run of failures.
        Object.assign(set, { enabled: true, disabledReason: null });
        set.lastPosition = await this.head(tx, ownerId);
      } else if (changes.enabled === false && current.enabled) {
        Object.assign(set, { enabled: false, disabledReason: null });
        await this.giveUpPending(tx, ownerId, id);
      }
      if (Object.keys(set).length) await tx.update(Webhook, { ownerId, id }, set);
      return tx
        .createQueryBuilder(Webhook, 'w')
        .select(ROW_FIELDS)
        .where('w.ownerId = :ownerId AND w.id = :id', { ownerId, id })
        .getOneOrFail();
    });
  }

  /** False when the owner has no endpoint by that id. Its messages and deliveries go with it. */
  async delete(ownerId: string, id: string): Promise<boolean> {
    const { affected } = await this.webhooks.delete({ ownerId, id });
    return (affected ?? 0) > 0;
  }

  async exists(ownerId: string, id: string): Promise<boolean> {
    return this.webhooks.existsBy({ ownerId, id });
  }

  /** The endpoint's latest attempts, newest first. */
  recentDeliveries(ownerId: string, webhookId: string, limit: number): Promise<DeliveryRow[]> {
    return this.deliveries
      .createQueryBuilder('d')
      .select(['d.messageId', 'd.type', 'd.attempt', 'd.status', 'd.error', 'd.attemptedAt'])
      .where('d.ownerId = :ownerId AND d.webhookId = :webhookId', { ownerId, webhookId })
      .orderBy('d.attemptedAt', 'DESC')
      .addOrderBy('d.attempt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  private async head(tx: EntityManager, ownerId: string): Promise<string> {
    const log = await tx.findOneBy(EventLog, { userId: ownerId });
    return log?.lastPosition ?? '0';
  }

  /** Messages still waiting are given up when their endpoint stops. */
  private async giveUpPending(tx: EntityManager, ownerId: string, webhookId: string): Promise<void> {
    await tx.update(WebhookMessage, { ownerId, webhookId, state: 'pending' }, { state: 'failed' });
  }
}
