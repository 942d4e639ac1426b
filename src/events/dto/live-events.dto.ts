import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EVENT_CURSOR_PATTERN, MAX_EVENT_CURSOR_LENGTH } from '../event-cursor';
import { TICKET_LENGTH, TICKET_PATTERN, TICKET_TTL_SECONDS } from '../event-tickets.service';

export const CURSOR_SCHEMA = {
  type: 'string',
  maxLength: MAX_EVENT_CURSOR_LENGTH,
  pattern: EVENT_CURSOR_PATTERN,
} as const;

export class LiveEventsQuery {
  @ApiPropertyOptional({
    ...CURSOR_SCHEMA,
    description:
      'Resume after this event id (or a changes-feed `cursor`): what was missed first, then live events. ' +
      'A `Last-Event-ID` header wins over it. Without either: live events from now on.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_EVENT_CURSOR_LENGTH)
  since?: string;

  @ApiPropertyOptional({
    maxLength: TICKET_LENGTH,
    pattern: TICKET_PATTERN,
    description:
      'A ticket from `POST /api/events/ticket`, for `EventSource`, which cannot send headers. Single use. ' +
      'An access token here is never accepted.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TICKET_LENGTH)
  @Matches(new RegExp(TICKET_PATTERN), { message: 'ticket must be a ticket from POST /api/events/ticket' })
  ticket?: string;
}

export class EventTicketResponse {
  @ApiProperty({ maxLength: TICKET_LENGTH, pattern: TICKET_PATTERN, description: 'Pass as `?ticket=` once.' })
  ticket: string;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: TICKET_TTL_SECONDS,
    example: TICKET_TTL_SECONDS,
  })
  expiresIn: number;
}
