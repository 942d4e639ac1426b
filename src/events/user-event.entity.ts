import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EventLog } from './event-log.entity';

export const TASK_CHANGED = 'task.changed';

/**
 * One entry of a user's event log. A `task.changed` entry names the task only: readers join the
 * task as it is in their snapshot, and a task that is gone was deleted for good at `createdAt`.
 */
@Entity({ name: 'events' })
@Index('events_created_at_idx', ['createdAt'])
export class UserEvent {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'events_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'events_pkey' })
  position: string;

  @ManyToOne(() => EventLog, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'events_user_id_fkey' })
  log?: EventLog;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
