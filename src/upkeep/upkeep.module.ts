import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { TasksModule } from '../tasks/tasks.module';
import { UpkeepService } from './upkeep.service';

@Module({
  imports: [EventsModule, IdempotencyModule, TasksModule],
  providers: [UpkeepService],
  exports: [UpkeepService],
})
export class UpkeepModule {}
