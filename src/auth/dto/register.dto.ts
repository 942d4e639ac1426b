import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Trim, TrimLowerCase } from '../../common/transforms';
import { IsPassword } from './password.validator';

export class RegisterDto {
  @ApiProperty({ example: 'ada@example.com', maxLength: 254, description: 'Stored trimmed and lower-cased.' })
  @TrimLowerCase()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    example: 'correct horse battery staple',
    minLength: 8,
    description: '8 to 72 bytes in UTF-8; common passwords are refused.',
  })
  @IsPassword()
  password: string;

  @ApiPropertyOptional({ example: 'Ada', maxLength: 100, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  name?: string | null;
}
