import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { TrimLowerCase } from '../../common/transforms';

export class LoginDto {
  @ApiProperty({ format: 'email', example: 'ada@example.com', maxLength: 254 })
  @TrimLowerCase()
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email: string;

  // Checked only against the stored hash: an account made under older rules can still sign in.
  @ApiProperty({ format: 'password', example: 'correct horse battery staple', maxLength: 1024 })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}
