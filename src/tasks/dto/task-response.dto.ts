import { ApiProperty } from '@nestjs/swagger';
import { FREQUENCIES, PRIORITIES } from '../task.entity';

export class RecurrenceResponse {
  @ApiProperty({ enum: FREQUENCIES })
  frequency: string;

  @ApiProperty({ minimum: 1, maximum: 365 })
  interval: number;
}

export class TaskResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Buy milk' })
  title: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty()
  completed: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;

  @ApiProperty({ enum: PRIORITIES, example: 'none' })
  priority: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  remindAt: string | null;

  @ApiProperty({ type: [String], example: ['home'] })
  tags: string[];

  @ApiProperty({ type: RecurrenceResponse, nullable: true })
  recurrence: RecurrenceResponse | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class TaskPage {
  @ApiProperty({ type: [TaskResponse] })
  items: TaskResponse[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor: string | null;
}
