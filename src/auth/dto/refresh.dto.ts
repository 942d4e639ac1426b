import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RefreshDto {
  @ApiProperty({
    description: 'The refresh token from the last sign-in or refresh; it works once.',
    minLength: 1,
    maxLength: 256,
    pattern: '^[A-Za-z0-9_-]+$',
    example: 'q3Vx0YdNq2Kp3o5i7b4yJ0mZQ8m3xW2aHkV9sT1uR6c',
  })
  @IsString()
  @Length(1, 256)
  refreshToken: string;
}
