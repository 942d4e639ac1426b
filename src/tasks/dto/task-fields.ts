import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../common/transforms';
import { PRIORITIES, type Priority } from '../task.entity';
import { INSTANT_SCHEMA, IsInstant, NO_CONTROL_PATTERN, NO_NUL_PATTERN, NoControlCharacters } from './query-values';
import { NULLABLE_RECURRENCE, RecurrenceDto } from './recurrence.dto';

export const MAX_TITLE_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 32;

/** A tag as the document states it: what the validators below accept. */
export const TAG_SCHEMA = {
  type: 'string',
  minLength: 1,
  maxLength: MAX_TAG_LENGTH,
  pattern: NO_CONTROL_PATTERN,
} as const;

/**
 * An optional recurrence, null to clear it. Declared with ApiProperty and `selfRequired: false`:
 * ApiPropertyOptional, and PartialType, would drop the object's own `required` list along with the
 * property's, and the document would then let a client send a frequency without an interval.
 */
export const RecurrenceField = () =>
  applyDecorators(
    ApiProperty({
      ...NULLABLE_RECURRENCE,
      selfRequired: false,
      description:
        'Needs a dueAt. Completing the task moves dueAt (and remindAt by the same step) to the next occurrence.',
    }),
    IsOptional(),
    IsObject(),
    ValidateNested(),
    Type(() => RecurrenceDto),
  );

/** Tags are case-insensitive labels: trimmed, lower-cased, and each kept once. */
const NormalizeTags = () =>
  Transform(({ value }) =>
    Array.isArray(value)
      ? [...new Set(value.map((tag: unknown) => (typeof tag === 'string' ? tag.trim().toLowerCase() : tag)))]
      : value,
  );

/** Present means it must be valid; null is refused (send [] or "none" instead). */
const IsPresent = () => ValidateIf((_, value) => value !== undefined);

/** Every field a client may write; create, replace and update DTOs derive from it. */
export class TaskFields {
  @ApiProperty({
    example: 'Buy milk',
    minLength: 1,
    maxLength: MAX_TITLE_LENGTH,
    pattern: NO_NUL_PATTERN,
    description: 'Trimmed.',
  })
  @Trim()
  @MaxLength(MAX_TITLE_LENGTH)
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_DESCRIPTION_LENGTH,
    pattern: NO_NUL_PATTERN,
    example: null,
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({ example: false, default: false })
  @IsOptional()
  @IsBoolean()
  completed?: boolean;

  @ApiPropertyOptional({ enum: PRIORITIES, default: 'none', example: 'high' })
  @IsPresent()
  @IsIn(PRIORITIES, { message: `priority must be one of ${PRIORITIES.join(', ')}` })
  priority?: Priority;

  @ApiPropertyOptional({
    ...INSTANT_SCHEMA,
    nullable: true,
    example: '2026-12-01T17:00:00.000Z',
    description: 'ISO 8601 with a zone; a bare date means midnight UTC.',
  })
  @IsOptional()
  @IsInstant()
  dueAt?: string | null;

  @ApiPropertyOptional({ ...INSTANT_SCHEMA, nullable: true, example: '2026-12-01T16:00:00.000Z' })
  @IsOptional()
  @IsInstant()
  remindAt?: string | null;

  @ApiPropertyOptional({
    type: 'array',
    items: TAG_SCHEMA,
    maxItems: MAX_TAGS,
    default: [],
    example: ['home', 'errands'],
    description: `Up to ${MAX_TAGS} tags of 1–${MAX_TAG_LENGTH} characters; trimmed, lower-cased, duplicates dropped.`,
  })
  @IsPresent()
  @NormalizeTags()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @Length(1, MAX_TAG_LENGTH, { each: true })
  @NoControlCharacters({ each: true })
  tags?: string[];

  @RecurrenceField()
  recurrence?: RecurrenceDto | null;
}
