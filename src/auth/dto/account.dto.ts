import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/transforms';
import { PASSWORD_DOC } from './register.dto';
import { IsPassword } from './password.validator';

const CURRENT_PASSWORD_DOC = { format: 'password', maxLength: 1024, example: 'correct horse battery staple' } as const;

export class ChangePasswordDto {
  @ApiProperty(CURRENT_PASSWORD_DOC)
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ ...PASSWORD_DOC, example: 'a new, longer passphrase' })
  @IsPassword()
  newPassword: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ type: String, example: 'Ada', minLength: 1, maxLength: 100, nullable: true })
  // Absent leaves the name as it is; null clears it (IsOptional lets both through).
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 100)
  name?: string | null;
}

export class DeleteAccountDto {
  @ApiPropertyOptional({
    ...CURRENT_PASSWORD_DOC,
    description:
      'The current password, asked again before the account goes. Required for an account with a password; ' +
      'an account of the external sign-in service has none, and sends no body (or `{}`).',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password?: string;
}
