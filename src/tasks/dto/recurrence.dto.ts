import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { FREQUENCIES, type Frequency } from '../task.entity';

const INTERVAL_DESCRIPTION = 'Every `interval` days, weeks, months or years.';

/**
 * A recurrence where null is allowed too, written out: in OpenAPI 3.0 `nullable` lets null through
 * only on the schema that says it, never through a `$ref` or an `allOf` beside it.
 */
export const NULLABLE_RECURRENCE = {
  type: 'object' as const,
  nullable: true,
  properties: {
    frequency: { type: 'string' as const, enum: [...FREQUENCIES], example: 'weekly' },
    interval: {
      type: 'integer' as const,
      format: 'int32',
      minimum: 1,
      maximum: 365,
      example: 1,
      description: INTERVAL_DESCRIPTION,
    },
  },
  required: ['frequency', 'interval'],
};

export class RecurrenceDto {
  @ApiProperty({ enum: FREQUENCIES, example: 'weekly' })
  @IsIn(FREQUENCIES, { message: `frequency must be one of ${FREQUENCIES.join(', ')}` })
  frequency: Frequency;

  @ApiProperty({ minimum: 1, maximum: 365, example: 1, description: INTERVAL_DESCRIPTION })
  @IsInt()
  @Min(1)
  @Max(365)
  interval: number;
}
