import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ChangesFeedController } from './changes-feed.controller';
import { ChangesFeedService } from './changes-feed.service';
import { TagsController } from './tags.controller';
import { TaskCursorCodec } from './task-cursor';
import { Task } from './task.entity';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task]), EventsModule],
  controllers: [TasksController, TagsController, ChangesFeedController],
  providers: [TasksService, TaskCursorCodec, ChangesFeedService],
  exports: [TasksService],
})
export class TasksModule {}
