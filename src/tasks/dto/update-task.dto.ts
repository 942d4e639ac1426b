import { PartialType } from '@nestjs/swagger';
import { TaskFields } from './task-fields';

/** Every field may be omitted, but only the nullable ones may be null (`title: null` is a 422). */
export class UpdateTaskDto extends PartialType(TaskFields, { skipNullProperties: false }) {}
