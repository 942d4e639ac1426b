import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TAG_SCHEMA } from './task-fields';
import { IsTimeZone, TIME_ZONE_PATTERN } from './time-zone';

export class TaskStatsQuery {
  @ApiPropertyOptional({
    default: 'UTC',
    maxLength: 64,
    pattern: TIME_ZONE_PATTERN,
    description: 'IANA time zone that decides when "today" starts and ends, like `Europe/Paris`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  tz?: string;
}

export class TaskStatsResponse {
  @ApiProperty({ example: 12 })
  total: number;

  @ApiProperty({ example: 9, description: 'Not completed.' })
  active: number;

  @ApiProperty({ example: 3 })
  completed: number;

  @ApiProperty({ example: 2, description: 'Open and due before now.' })
  overdue: number;

  @ApiProperty({ example: 1, description: 'Open and due today in `tz` (whether or not that time has passed).' })
  dueToday: number;
}

export class TagCountResponse {
  @ApiProperty({ ...TAG_SCHEMA, example: 'home' })
  name: string;

  @ApiProperty({ example: 4, description: 'How many of your tasks carry it.' })
  count: number;
}
