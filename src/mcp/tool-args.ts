import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateTaskDto } from '../tasks/dto/create-task.dto';
import { ListTasksQuery } from '../tasks/dto/list-tasks.query';
import { TaskFields } from '../tasks/dto/task-fields';
import { UpdateTaskDto } from '../tasks/dto/update-task.dto';

/*
 * The tools' arguments are the REST DTOs' own fields, picked with their validators and their
 * documented schemas together: a tool validates and describes a field exactly as the REST route does.
 */

const WRITABLE = ['title', 'description', 'dueAt', 'remindAt', 'priority', 'tags'] as const;

class TaskIdArg {
  // Any text is taken: an id that is malformed, unknown or another user's is the same "task not found".
  @ApiProperty({
    format: 'uuid',
    maxLength: 36,
    description: 'The id of one of your tasks, as add_task or list_tasks gave it.',
  })
  @IsString()
  @MaxLength(36)
  taskId: string;
}

export class AddTaskArgs extends PickType(CreateTaskDto, WRITABLE) {}

export class UpdateTaskArgs extends IntersectionType(TaskIdArg, PickType(UpdateTaskDto, WRITABLE)) {}

export class CompleteTaskArgs extends IntersectionType(TaskIdArg, PickType(TaskFields, ['completed'] as const)) {
  // The field's rule comes from the DTO; only its meaning when left out differs from the REST route's.
  @ApiPropertyOptional({ default: true, description: '`false` reopens a completed task.' })
  override completed?: boolean;
}

export class DeleteTaskArgs extends TaskIdArg {}

export const TASK_STATUSES = ['all', 'pending', 'completed'] as const;

export class ListTasksArgs extends PickType(ListTasksQuery, [
  'q',
  'tag',
  'priority',
  'dueBefore',
  'limit',
  'cursor',
] as const) {
  @ApiPropertyOptional({
    enum: TASK_STATUSES,
    default: 'all',
    description: '`pending`: open tasks only; `completed`: completed ones only.',
  })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: `status must be one of ${TASK_STATUSES.join(', ')}` })
  status?: (typeof TASK_STATUSES)[number];
}
