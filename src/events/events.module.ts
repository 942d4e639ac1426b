import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Task } from '../tasks/task.entity';
import { EventCursorCodec } from './event-cursor';
import { EventLog } from './event-log.entity';
import { EventLogRepository } from './event-log.repository';
import { UserEvent } from './user-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([EventLog, UserEvent, Task])],
  providers: [EventLogRepository, EventCursorCodec],
  exports: [EventLogRepository, EventCursorCodec],
})
export class EventsModule {}
