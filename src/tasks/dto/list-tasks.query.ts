import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Trim, TrimLowerCase } from '../../common/transforms';
import { PRIORITIES, type Priority } from '../task.entity';
import { CURSOR_PATTERN, MAX_CURSOR_LENGTH } from '../task-cursor';
import { TASK_SORTS, type TaskSort } from '../task-query.builder';
import { INSTANT_SCHEMA, IsInstant, NO_NUL_PATTERN, NoControlCharacters, ToBoolean, ToInteger } from './query-values';
import { MAX_TAG_LENGTH, TAG_SCHEMA } from './task-fields';

// Swagger UI fills a parameter's form field with its example, and a filter filled in filters: the
// list would come back empty on a first try. The form is given in the description instead.
const TIME = INSTANT_SCHEMA;
const TIME_FORM = 'ISO 8601 with a zone, like `2026-12-01T00:00:00.000Z`; a bare date means midnight UTC.';

export const MAX_QUERY_TEXT_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;

export class ListTasksQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'Only completed (`true`) or only open (`false`) tasks.' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean({ message: 'completed must be true or false' })
  completed?: boolean;

  @ApiPropertyOptional({ enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES, { message: `priority must be one of ${PRIORITIES.join(', ')}` })
  priority?: Priority;

  @ApiPropertyOptional({ ...TAG_SCHEMA, description: 'Tasks carrying this tag (case-insensitive).' })
  @IsOptional()
  @TrimLowerCase()
  @IsString()
  @Length(1, MAX_TAG_LENGTH)
  @NoControlCharacters()
  tag?: string;

  @ApiPropertyOptional({
    description: 'Case-insensitive text in the title or description; `%` and `_` match themselves.',
    minLength: 1,
    maxLength: MAX_QUERY_TEXT_LENGTH,
    pattern: NO_NUL_PATTERN,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, MAX_QUERY_TEXT_LENGTH)
  q?: string;

  @ApiPropertyOptional({ ...TIME, description: `Tasks due before this time (exclusive). ${TIME_FORM}` })
  @IsOptional()
  @IsInstant()
  dueBefore?: string;

  @ApiPropertyOptional({ ...TIME, description: `Tasks due at or after this time. ${TIME_FORM}` })
  @IsOptional()
  @IsInstant()
  dueAfter?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: '`true`: open tasks due before now. `false`: every other task.',
  })
  @IsOptional()
  @ToBoolean()
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({
    ...TIME,
    description: `Open tasks whose reminder is before this time (exclusive). ${TIME_FORM}`,
  })
  @IsOptional()
  @IsInstant()
  remindBefore?: string;

  @ApiPropertyOptional({
    enum: TASK_SORTS,
    default: '-createdAt',
    description:
      'Sort key; `-` for descending. Priority orders none < low < medium < high; title is case-insensitive; ' +
      'tasks without a due date come last in both directions. Ties are broken by id.',
  })
  @IsOptional()
  @IsIn(TASK_SORTS, { message: `sort must be one of ${TASK_SORTS.join(', ')}` })
  sort?: TaskSort;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @ToInteger()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    description: 'Opaque; the `nextCursor` of the previous page, with the same filters and sort.',
    maxLength: MAX_CURSOR_LENGTH,
    pattern: CURSOR_PATTERN,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CURSOR_LENGTH)
  cursor?: string;
}
