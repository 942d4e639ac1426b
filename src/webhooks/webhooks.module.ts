import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventLog } from '../events/event-log.entity';
import { EventsModule } from '../events/events.module';
import { User } from '../users/user.entity';
import { WebhookAddressGuard, WebhookResolver } from './webhook-address';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookMessage } from './webhook-message.entity';
import { WebhookQueueRepository } from './webhook-queue.repository';
import { WebhookSecretBox } from './webhook-secret';
import { WebhookSender } from './webhook-sender';
import { WebhookWorker } from './webhook-worker';
import { Webhook } from './webhook.entity';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Webhook, WebhookMessage, WebhookDelivery, EventLog, User]), EventsModule],
  controllers: [WebhooksController],
  providers: [
    WebhooksRepository,
    WebhookQueueRepository,
    WebhooksService,
    WebhookDeliveryService,
    WebhookResolver,
    WebhookAddressGuard,
    WebhookSecretBox,
    WebhookSender,
    WebhookWorker,
  ],
})
export class WebhooksModule {}
