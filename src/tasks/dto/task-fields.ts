import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { Trim } from '../../common/transforms';

/** Every field a client may write; create, replace and update DTOs derive from it. */
export class TaskFields {
  @ApiProperty({ example: 'Buy milk', minLength: 1, maxLength: 255, description: 'Trimmed.' })
  @Trim()
  @MaxLength(255)
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, example: null })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @MaxLength(1000)
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({ example: false, default: false })
  @IsOptional()
  @IsBoolean()
  completed?: boolean;
}
