import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class CompleteTaskDto {
  @ApiPropertyOptional({ example: true, description: 'Omit (or send no body) to toggle.' })
  @IsOptional()
  @IsBoolean()
  completed?: boolean;
}
