import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ValidationProblem } from '../common/problem';
import { isUuid } from '../common/uuid';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { CreateWebhookDto, UpdateWebhookDto } from './dto/webhook.dto';
import { AddressRefused, urlProblem, WebhookAddressGuard } from './webhook-address';
import { messageId } from './webhook-delivery.service';
import { newSecret, WebhookSecretBox } from './webhook-secret';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhook.entity';
import { WebhooksRepository, type DeliveryRow, type WebhookRow } from './webhooks.repository';

export const MAX_WEBHOOKS_PER_USER = 10;
export const DELIVERIES_SHOWN = 50;

export interface WebhookView {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string | null;
  enabled: boolean;
  disabledReason: string | null;
  lastDeliveryAt: string | null;
  lastStatus: number | null;
  createdAt: string;
}

export interface CreatedWebhookView {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string | null;
  secret: string;
  enabled: true;
  createdAt: string;
}

export interface DeliveryView {
  eventId: string;
  type: string;
  attempt: number;
  status: number | null;
  error: string | null;
  attemptedAt: string;
}

const toView = (row: WebhookRow): WebhookView => ({
  id: row.id,
  url: row.url,
  events: row.events,
  description: row.description,
  enabled: row.enabled,
  disabledReason: row.disabledReason,
  lastDeliveryAt: row.lastDeliveryAt?.toISOString() ?? null,
  lastStatus: row.lastStatus,
  createdAt: row.createdAt.toISOString(),
});

const toDeliveryView = (row: DeliveryRow): DeliveryView => ({
  eventId: messageId(row.messageId),
  type: row.type,
  attempt: row.attempt,
  status: row.status,
  error: row.error,
  attemptedAt: row.attemptedAt.toISOString(),
});

/** Stored once each, in a fixed order. */
const eventsOf = (events: WebhookEvent[]) => WEBHOOK_EVENTS.filter((event) => events.includes(event));

@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly guard: WebhookAddressGuard,
    private readonly secrets: WebhookSecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The secret is in this answer only; the database keeps it sealed, to sign with. */
  async create(ownerId: string, dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    await this.checkUrl(dto.url);
    const secret = newSecret();
    const created = await this.webhooks.insertWithin(ownerId, MAX_WEBHOOKS_PER_USER, {
      url: dto.url,
      events: eventsOf(dto.events),
      description: dto.description ?? null,
      secret: this.secrets.seal(secret),
    });
    if (!created) {
      throw new ConflictException(
        `You already have ${MAX_WEBHOOKS_PER_USER} webhooks; delete one before registering another.`,
      );
    }
    return {
      id: created.id,
      url: created.url,
      events: created.events,
      description: created.description,
      secret,
      enabled: true,
      createdAt: created.createdAt.toISOString(),
    };
  }

  async list(ownerId: string): Promise<WebhookView[]> {
    return (await this.webhooks.list(ownerId)).map(toView);
  }

  /** Another user's endpoint and a malformed id are both "not yours": 404. */
  async update(ownerId: string, id: string, dto: UpdateWebhookDto): Promise<WebhookView> {
    if (!isUuid(id) || !(await this.webhooks.exists(ownerId, id))) throw new NotFoundException();
    if (dto.url !== undefined) await this.checkUrl(dto.url);
    const updated = await this.webhooks.update(ownerId, id, {
      url: dto.url,
      events: dto.events && eventsOf(dto.events),
      description: dto.description,
      enabled: dto.enabled,
    });
    if (!updated) throw new NotFoundException();
    return toView(updated);
  }

  async remove(ownerId: string, id: string): Promise<void> {
    if (!isUuid(id) || !(await this.webhooks.delete(ownerId, id))) throw new NotFoundException();
  }

  async deliveries(ownerId: string, id: string): Promise<DeliveryView[]> {
    if (!isUuid(id) || !(await this.webhooks.exists(ownerId, id))) throw new NotFoundException();
    return (await this.webhooks.recentDeliveries(ownerId, id, DELIVERIES_SHOWN)).map(toDeliveryView);
  }

  /**
   * https in production, and a host that is not (and does not resolve to) an internal address. A
   * name that does not resolve yet is taken (its receiver may not be deployed yet): every delivery
   * resolves and checks it again.
   */
  private async checkUrl(url: string): Promise<void> {
    const problem = urlProblem(url, this.config.webhooks.httpsOnly);
    if (problem) throw ValidationProblem.field('url', problem);
    try {
      await this.guard.check(new URL(url));
    } catch (error) {
      if (error instanceof AddressRefused) throw ValidationProblem.field('url', error.message);
      throw error;
    }
  }
}
