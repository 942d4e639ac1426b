import { OmitType, PartialType } from '@nestjs/swagger';
import type { RecurrenceDto } from './recurrence.dto';
import { RecurrenceField, TaskFields } from './task-fields';

/**
 * Every field may be omitted, but only the nullable ones may be null (`title: null` is a 422). The
 * recurrence is declared again, as PartialType would make its frequency and interval optional too.
 */
export class UpdateTaskDto extends PartialType(OmitType(TaskFields, ['recurrence']), { skipNullProperties: false }) {
  @RecurrenceField()
  recurrence?: RecurrenceDto | null;
}
