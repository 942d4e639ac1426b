import { ApiProperty } from '@nestjs/swagger';

const ISO_TIME = { format: 'date-time', maxLength: 24, example: '2026-11-28T21:00:00.000Z' } as const;

export class UserResponse {
  @ApiProperty({ format: 'uuid', maxLength: 36, example: '0b9d1f5e-8c1a-4a57-9d0e-3f1c2b4a5d6e' })
  id: string;

  @ApiProperty({
    type: String,
    format: 'email',
    maxLength: 254,
    nullable: true,
    example: 'ada@example.com',
    description:
      'Null only for a user of the external sign-in service whose token named no email, or one that another ' +
      'account already has.',
  })
  email: string | null;

  @ApiProperty({ type: String, nullable: true, maxLength: 100, example: 'Ada' })
  name: string | null;

  @ApiProperty(ISO_TIME)
  createdAt: string;
}

export class TokenResponse {
  @ApiProperty({ type: UserResponse })
  user: UserResponse;

  @ApiProperty({
    description: 'JWT (HS256) to send as `Authorization: Bearer <accessToken>`; keep it in memory only.',
    maxLength: 2048,
    pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
  })
  accessToken: string;

  @ApiProperty({
    description: 'Opaque and single-use: exchange it at /api/auth/refresh for a new pair.',
    maxLength: 256,
    pattern: '^[A-Za-z0-9_-]+$',
  })
  refreshToken: string;

  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 10,
    maximum: 2147483647,
    description: 'Seconds until the access token expires.',
    example: 900,
  })
  expiresIn: number;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id: string;

  @ApiProperty(ISO_TIME)
  createdAt: string;

  @ApiProperty({ ...ISO_TIME, description: 'The last sign-in or refresh through this session.' })
  lastUsedAt: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 512, example: 'Mozilla/5.0' })
  userAgent: string | null;

  @ApiProperty({ description: 'The session this request was made with.' })
  current: boolean;
}
