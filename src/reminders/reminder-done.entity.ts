import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from '../tasks/task.entity';

/**
 * One reminder dealt with: a task at one time, sent (in the transaction that appends its event) or
 * dropped as too late. A job that runs again (a retry, another instance, a re-arm) finds it and
 * does nothing.
 */
@Entity({ name: 'reminders_done' })
@Index('reminders_done_remind_at_idx', ['remindAt'])
export class ReminderDone {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'reminders_done_pkey' })
  taskId: string;

  @PrimaryColumn({
    name: 'remind_at',
    type: 'timestamptz',
    precision: 3,
    primaryKeyConstraintName: 'reminders_done_pkey',
  })
  remindAt: Date;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'reminders_done_task_id_fkey' })
  task?: Task;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  /** False when it was dropped, more than a day late. */
  @Column({ type: 'boolean' })
  sent: boolean;

  @Column({ name: 'done_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  doneAt: Date;
}
