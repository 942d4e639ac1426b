import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { FREQUENCIES, type Frequency } from '../task.entity';

export class RecurrenceDto {
  @ApiProperty({ enum: FREQUENCIES, example: 'weekly' })
  @IsIn(FREQUENCIES, { message: `frequency must be one of ${FREQUENCIES.join(', ')}` })
  frequency: Frequency;

  @ApiProperty({ minimum: 1, maximum: 365, example: 1, description: 'Every `interval` days, weeks, months or years.' })
  @IsInt()
  @Min(1)
  @Max(365)
  interval: number;
}
