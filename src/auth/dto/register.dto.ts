import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Trim, TrimLowerCase } from '../../common/transforms';
import { IsPassword } from './password.validator';

export const PASSWORD_DOC = {
  format: 'password',
  minLength: 8,
  maxLength: 72,
  example: 'correct horse battery staple',
  description: '8 to 72 bytes in UTF-8 (longer is refused, never cut); one of the most common passwords is refused.',
} as const;

export class RegisterDto {
  @ApiProperty({
    format: 'email',
    example: 'ada@example.com',
    maxLength: 254,
    description: 'Stored trimmed and lower-cased.',
  })
  @TrimLowerCase()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty(PASSWORD_DOC)
  @IsPassword()
  password: string;

  @ApiPropertyOptional({ type: String, example: 'Ada', minLength: 1, maxLength: 100, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  name?: string | null;
}
