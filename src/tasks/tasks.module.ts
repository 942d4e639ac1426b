import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { allowEmptyJsonBodies } from './empty-json-body';
import { TagsController } from './tags.controller';
import { TaskCursorCodec } from './task-cursor';
import { Task } from './task.entity';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task])],
  controllers: [TasksController, TagsController],
  providers: [TasksService, TaskCursorCodec],
})
export class TasksModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    allowEmptyJsonBodies(this.adapterHost.httpAdapter.getInstance());
  }
}
