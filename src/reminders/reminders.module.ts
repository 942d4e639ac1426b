import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';

/** reminder.due events, on the job engine (JobsModule). */
@Module({
  imports: [EventsModule],
  providers: [RemindersRepository, RemindersService],
  exports: [RemindersService],
})
export class RemindersModule {}
