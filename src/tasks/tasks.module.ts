import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ChangesFeedController } from './changes-feed.controller';
import { ChangesFeedService } from './changes-feed.service';
import { TagsController } from './tags.controller';
import { TaskCursorCodec } from './task-cursor';
import { Tag } from './tag.entity';
import { Task } from './task.entity';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task, Tag]), EventsModule],
  controllers: [TasksController, TagsController, ChangesFeedController],
  providers: [TasksRepository, TasksService, TaskCursorCodec, ChangesFeedService],
  exports: [TasksService],
})
export class TasksModule {}
