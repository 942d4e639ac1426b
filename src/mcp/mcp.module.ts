import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { McpController } from './mcp.controller';
import { ProtectedResourceController } from './protected-resource.controller';

@Module({
  imports: [TasksModule],
  controllers: [McpController, ProtectedResourceController],
})
export class McpModule {}
