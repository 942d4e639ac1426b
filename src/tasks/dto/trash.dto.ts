import { ApiProperty, OmitType, PickType } from '@nestjs/swagger';
import { CURSOR_PATTERN, MAX_CURSOR_LENGTH } from '../task-cursor';
import { ListTasksQuery, MAX_PAGE_SIZE } from './list-tasks.query';
import { TaskResponse } from './task-response.dto';

export class TrashQuery extends PickType(ListTasksQuery, ['limit', 'cursor'] as const) {}

export class TrashedTaskResponse extends OmitType(TaskResponse, ['deletedAt'] as const) {
  @ApiProperty({
    format: 'date-time',
    maxLength: 24,
    example: '2026-11-28T21:00:00.000Z',
    description: 'When it was put in the trash; it is deleted for good after the retention (30 days by default).',
  })
  deletedAt: string;
}

export class TrashPage {
  @ApiProperty({ type: [TrashedTaskResponse], maxItems: MAX_PAGE_SIZE })
  items: TrashedTaskResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: MAX_CURSOR_LENGTH,
    pattern: CURSOR_PATTERN,
    description: 'Pass as `cursor` for the next page; null on the last.',
  })
  nextCursor: string | null;
}
