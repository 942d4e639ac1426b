import { PartialType } from '@nestjs/swagger';
import { TaskFields } from './task-fields';

export class UpdateTaskDto extends PartialType(TaskFields) {}
