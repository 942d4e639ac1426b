import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim } from '../../common/transforms';
import { NO_CONTROL_PATTERN, NoControlCharacters } from '../../tasks/dto/query-values';
import { TOKEN_SCOPES, type TokenScope } from './token-scopes';

const ISO_TIME = { format: 'date-time', maxLength: 24, example: '2026-11-28T21:00:00.000Z' } as const;
const SCOPES_DOC: ApiPropertyOptions = {
  type: 'array',
  items: { type: 'string', enum: [...TOKEN_SCOPES] },
  minItems: 1,
  maxItems: TOKEN_SCOPES.length,
  example: ['tasks:read', 'tasks:write'],
};

export class CreateTokenDto {
  @ApiProperty({
    example: 'Desktop assistant',
    minLength: 1,
    maxLength: 100,
    pattern: NO_CONTROL_PATTERN,
    description: 'What the token is for, so you can tell your tokens apart. Trimmed.',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @NoControlCharacters()
  name: string;

  @ApiProperty({
    ...SCOPES_DOC,
    description:
      '`tasks:read`: the GET routes of tasks, tags and events, and the read tools of the MCP server. ' +
      '`tasks:write`: those and every change to tasks. No scope reaches the account or session routes.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TOKEN_SCOPES.length)
  @IsIn(TOKEN_SCOPES, { each: true, message: `each scope must be one of ${TOKEN_SCOPES.join(', ')}` })
  scopes: TokenScope[];

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: 365, default: 90, example: 30 })
  @IsOptional()
  @IsInt({ message: 'expiresInDays must be a whole number' })
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}

export class PersonalAccessTokenResponse {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id: string;

  @ApiProperty({ maxLength: 100, pattern: NO_CONTROL_PATTERN, example: 'Desktop assistant' })
  name: string;

  @ApiProperty(SCOPES_DOC)
  scopes: TokenScope[];

  @ApiProperty(ISO_TIME)
  createdAt: string;

  @ApiProperty({ ...ISO_TIME, description: 'After this time the token is refused.' })
  expiresAt: string;

  @ApiProperty({
    ...ISO_TIME,
    type: String,
    nullable: true,
    description: 'The last request made with the token, to the minute; null if it was never used.',
  })
  lastUsedAt: string | null;
}

export class CreatedPersonalAccessTokenResponse {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id: string;

  @ApiProperty({ maxLength: 100, pattern: NO_CONTROL_PATTERN, example: 'Desktop assistant' })
  name: string;

  @ApiProperty(SCOPES_DOC)
  scopes: TokenScope[];

  @ApiProperty({
    description: 'The secret, shown only here: send it as `Authorization: Bearer tdo_…`. Only its hash is kept.',
    maxLength: 47,
    pattern: '^tdo_[A-Za-z0-9_-]{43}$',
    example: 'tdo_qg3c8nH2TSSMuKn0TjCfIoF4yBpz09p7VNcn7Q39ieA',
  })
  token: string;

  @ApiProperty(ISO_TIME)
  createdAt: string;

  @ApiProperty(ISO_TIME)
  expiresAt: string;
}
