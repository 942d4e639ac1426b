import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRIORITIES } from '../task.entity';
import { CURSOR_PATTERN, MAX_CURSOR_LENGTH } from '../task-cursor';
import { MAX_PAGE_SIZE } from './list-tasks.query';
import { NO_NUL_PATTERN } from './query-values';
import { NULLABLE_RECURRENCE } from './recurrence.dto';
import { MAX_DESCRIPTION_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH, TAG_SCHEMA } from './task-fields';

// Times are written by Date#toISOString: always UTC, always this long.
const ISO_TIME = { format: 'date-time', maxLength: 24, example: '2026-11-28T21:00:00.000Z' } as const;

export class TaskResponse {
  @ApiProperty({ format: 'uuid', maxLength: 36, example: '5f0c7a9e-3b1d-4c2a-9e8f-1a2b3c4d5e6f' })
  id: string;

  @ApiProperty({ example: 'Buy milk', minLength: 1, maxLength: MAX_TITLE_LENGTH, pattern: NO_NUL_PATTERN })
  title: string;

  @ApiProperty({ type: String, nullable: true, maxLength: MAX_DESCRIPTION_LENGTH, pattern: NO_NUL_PATTERN })
  description: string | null;

  @ApiProperty()
  completed: boolean;

  @ApiProperty({ ...ISO_TIME, type: String, nullable: true })
  completedAt: string | null;

  @ApiProperty({ enum: PRIORITIES, example: 'none' })
  priority: string;

  @ApiProperty({ ...ISO_TIME, type: String, nullable: true })
  dueAt: string | null;

  @ApiProperty({ ...ISO_TIME, type: String, nullable: true })
  remindAt: string | null;

  @ApiProperty({ type: 'array', items: TAG_SCHEMA, maxItems: MAX_TAGS, example: ['home'] })
  tags: string[];

  @ApiProperty({ ...NULLABLE_RECURRENCE, selfRequired: true })
  recurrence: { frequency: string; interval: number } | null;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 2147483647,
    example: 1,
    description:
      'Starts at 1 and grows by one with every change (a complete, a restore, any field); the `ETag` of the ' +
      'task is this value, quoted. Set by the server only.',
  })
  version: number;

  @ApiProperty(ISO_TIME)
  createdAt: string;

  @ApiProperty(ISO_TIME)
  updatedAt: string;

  @ApiPropertyOptional({ ...ISO_TIME, description: 'Only on a task in the trash: when it was put there.' })
  deletedAt?: string;
}

export class TaskPage {
  @ApiProperty({ type: [TaskResponse], maxItems: MAX_PAGE_SIZE })
  items: TaskResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: MAX_CURSOR_LENGTH,
    pattern: CURSOR_PATTERN,
    description: 'Pass as `cursor` for the next page; null on the last.',
  })
  nextCursor: string | null;
}
