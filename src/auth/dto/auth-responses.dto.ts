import { ApiProperty } from '@nestjs/swagger';

export class UserResponse {
  @ApiProperty({ format: 'uuid', example: '0b9d1f5e-8c1a-4a57-9d0e-3f1c2b4a5d6e' })
  id: string;

  @ApiProperty({ example: 'ada@example.com' })
  email: string;

  @ApiProperty({ type: String, nullable: true, example: 'Ada' })
  name: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-28T21:00:00.000Z' })
  createdAt: string;
}

export class TokenResponse {
  @ApiProperty({ type: UserResponse })
  user: UserResponse;

  @ApiProperty({ description: 'JWT (HS256) to send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @ApiProperty({ description: 'Opaque, single-use; exchange it at /api/auth/refresh for a new pair.' })
  refreshToken: string;

  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the access token expires.', example: 900 })
  expiresIn: number;
}
