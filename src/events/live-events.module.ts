import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { HealthModule } from '../health/health.module';
import { EventTicket } from './event-ticket.entity';
import { EventTicketGuard } from './event-ticket.guard';
import { EventTicketsRepository } from './event-tickets.repository';
import { EventTicketsService } from './event-tickets.service';
import { EventsModule } from './events.module';
import { LiveEventsController } from './live-events.controller';
import { LiveEvents } from './live-events.service';
import { StreamSlots } from './stream-slots';

/** GET /api/events: each user's event log, live, on every instance. */
@Module({
  imports: [TypeOrmModule.forFeature([EventTicket]), AuthModule, EventsModule, HealthModule],
  controllers: [LiveEventsController],
  providers: [LiveEvents, StreamSlots, EventTicketsRepository, EventTicketsService, EventTicketGuard],
})
export class LiveEventsModule {}
