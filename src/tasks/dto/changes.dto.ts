import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EVENT_CURSOR_PATTERN, MAX_EVENT_CURSOR_LENGTH } from '../../events/event-cursor';
import { ToInteger } from './query-values';
import { TaskResponse } from './task-response.dto';

export const MAX_CHANGES_PAGE = 1000;
export const DEFAULT_CHANGES_PAGE = 100;

const CURSOR = { maxLength: MAX_EVENT_CURSOR_LENGTH, pattern: EVENT_CURSOR_PATTERN } as const;

export class ChangesQuery {
  @ApiPropertyOptional({
    ...CURSOR,
    description: 'The `cursor` of the previous answer. Without it, a full sync: every task, then the cursor to follow.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_EVENT_CURSOR_LENGTH)
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CHANGES_PAGE, default: DEFAULT_CHANGES_PAGE })
  @IsOptional()
  @ToInteger()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_CHANGES_PAGE)
  limit?: number;
}

export class TaskChangeResponse {
  @ApiProperty({
    enum: ['upsert', 'delete'],
    description: '`upsert`: the task as it is now. `delete`: deleted for good.',
  })
  op: 'upsert' | 'delete';

  @ApiPropertyOptional({ type: TaskResponse, description: 'With `upsert`; a trashed task has `deletedAt`.' })
  task?: TaskResponse;

  @ApiPropertyOptional({ format: 'uuid', maxLength: 36, description: 'With `delete`.' })
  id?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    maxLength: 24,
    description: 'With `delete`: when it was deleted for good.',
  })
  deletedAt?: string;
}

export class ChangesPage {
  @ApiProperty({
    type: [TaskChangeResponse],
    maxItems: MAX_CHANGES_PAGE,
    description: 'Oldest first; a task at most once.',
  })
  changes: TaskChangeResponse[];

  @ApiProperty({ ...CURSOR, description: 'Pass as `since` next time (keep it between syncs).' })
  cursor: string;

  @ApiProperty({ description: 'More changes are waiting: ask again with `cursor` at once.' })
  hasMore: boolean;
}
