import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, ValidateIf } from 'class-validator';

export class CompleteTaskDto {
  @ApiPropertyOptional({ example: true, description: 'Omit (or send no body) to toggle.' })
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  completed?: boolean;
}
