import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { Trim } from '../../common/transforms';
import { NO_CONTROL_PATTERN, NoControlCharacters } from '../../tasks/dto/query-values';
import { urlProblem } from '../webhook-address';
import { SECRET_PATTERN } from '../webhook-secret';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../webhook.entity';

const ISO_TIME = { format: 'date-time', maxLength: 24, example: '2026-11-28T21:00:00.000Z' } as const;
export const MAX_URL_LENGTH = 2048;

const URL_DOC: ApiPropertyOptions = {
  format: 'uri',
  maxLength: MAX_URL_LENGTH,
  example: 'https://hooks.example.com/todo',
  description:
    'Where deliveries are POSTed: `https` (`http` too outside production). A host that is or resolves to a ' +
    'loopback, private, link-local, carrier-grade NAT or cloud metadata address is refused, here and at every delivery.',
};
const EVENTS_DOC: ApiPropertyOptions = {
  type: 'array',
  items: { type: 'string', enum: [...WEBHOOK_EVENTS] },
  minItems: 1,
  maxItems: WEBHOOK_EVENTS.length,
  example: ['task.changed', 'reminder.due'],
  description: 'The events to receive: `task.changed` (data: one change as in the changes feed), `reminder.due`.',
};
const DESCRIPTION_DOC: ApiPropertyOptions = {
  maxLength: 255,
  pattern: NO_CONTROL_PATTERN,
  example: 'Team chat bridge',
  description: 'A note for yourself. Trimmed.',
};

/** An absolute http(s) URL without credentials; whether its host may be reached is the service's check. */
const IsWebhookUrl = () =>
  ValidateBy({
    name: 'isWebhookUrl',
    validator: {
      validate: (value) => typeof value === 'string' && urlProblem(value, false) === null,
      defaultMessage: (args) => urlProblem(String(args?.value), false) ?? 'url must be an absolute http or https URL',
    },
  });

const IsEvents = () =>
  IsIn(WEBHOOK_EVENTS, { each: true, message: `each event must be one of ${WEBHOOK_EVENTS.join(', ')}` });

export class CreateWebhookDto {
  @ApiProperty(URL_DOC)
  @Trim()
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  @IsWebhookUrl()
  url: string;

  @ApiProperty(EVENTS_DOC)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsEvents()
  events: WebhookEvent[];

  @ApiPropertyOptional(DESCRIPTION_DOC)
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  description?: string;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional(URL_DOC)
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  @IsWebhookUrl()
  url?: string;

  @ApiPropertyOptional(EVENTS_DOC)
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsEvents()
  events?: WebhookEvent[];

  @ApiPropertyOptional({ ...DESCRIPTION_DOC, type: String, nullable: true, description: 'null clears it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  description?: string | null;

  @ApiPropertyOptional({
    description:
      'false stops deliveries; true starts them again and clears `disabledReason`. Events from while it was ' +
      'disabled are not sent: deliveries resume with the next event.',
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookResponse {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id: string;

  @ApiProperty({ ...URL_DOC, description: undefined })
  url: string;

  @ApiProperty({ ...EVENTS_DOC, description: undefined })
  events: WebhookEvent[];

  @ApiProperty({ ...DESCRIPTION_DOC, type: String, nullable: true, description: undefined })
  description: string | null;

  @ApiProperty({ description: 'Whether events are delivered.' })
  enabled: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 255,
    pattern: NO_CONTROL_PATTERN,
    example: 'Deliveries failed for 24 hours (last: HTTP 500)',
    description: 'Why deliveries stopped on their own (every retry failed); null otherwise.',
  })
  disabledReason: string | null;

  @ApiProperty({
    ...ISO_TIME,
    type: String,
    nullable: true,
    description: 'The last delivery attempt; null before any.',
  })
  lastDeliveryAt: string | null;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 100,
    maximum: 599,
    nullable: true,
    description: "The receiver's HTTP status at the last attempt; null before any, or when it gave none.",
  })
  lastStatus: number | null;

  @ApiProperty(ISO_TIME)
  createdAt: string;
}

export class CreatedWebhookResponse {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id: string;

  @ApiProperty({ ...URL_DOC, description: undefined })
  url: string;

  @ApiProperty({ ...EVENTS_DOC, description: undefined })
  events: WebhookEvent[];

  @ApiProperty({ ...DESCRIPTION_DOC, type: String, nullable: true, description: undefined })
  description: string | null;

  @ApiProperty({
    maxLength: 50,
    pattern: SECRET_PATTERN,
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7F3TPMDqyCs=',
    description:
      'The signing secret, shown only here: verify each delivery’s `webhook-signature` with it (Standard Webhooks).',
  })
  secret: string;

  @ApiProperty({ enum: [true] })
  enabled: boolean;

  @ApiProperty(ISO_TIME)
  createdAt: string;
}

export class WebhookDeliveryResponse {
  @ApiProperty({
    maxLength: 40,
    pattern: '^msg_[0-9a-f-]{36}$',
    example: 'msg_0f8d2f86-7c41-4c3e-9bd6-2f3b8a0e5b11',
    description: 'The `webhook-id` the delivery carried: the same on every attempt of one event.',
  })
  eventId: string;

  @ApiProperty({ enum: [...WEBHOOK_EVENTS] })
  type: WebhookEvent;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: 1000, description: '1 for the first try.' })
  attempt: number;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 100,
    maximum: 599,
    nullable: true,
    description: "The receiver's HTTP status; null when it gave none (see `error`).",
  })
  status: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 255,
    pattern: NO_CONTROL_PATTERN,
    example: 'no answer within 10 s',
    description: 'Why there was no status: refused address, timeout, connection failure. Null when it answered.',
  })
  error: string | null;

  @ApiProperty({ ...ISO_TIME, description: 'When the attempt was made.' })
  attemptedAt: string;
}
