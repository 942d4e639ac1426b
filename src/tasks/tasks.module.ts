import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ChangesFeedController } from './changes-feed.controller';
import { ChangesFeedService } from './changes-feed.service';
import { TagsController } from './tags.controller';
import { TaskCursorCodec } from './task-cursor';
import { Tag } from './tag.entity';
import { Task } from './task.entity';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';
import { TrashController } from './trash.controller';
import { TrashService } from './trash.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task, Tag]), EventsModule, IdempotencyModule],
  controllers: [TasksController, TrashController, TagsController, ChangesFeedController],
  providers: [TasksRepository, TasksService, TrashService, TaskCursorCodec, ChangesFeedService],
  exports: [TasksService, TrashService],
})
export class TasksModule {}
