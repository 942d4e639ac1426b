import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const PRIORITIES = ['none', 'low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Recurrence {
  frequency: Frequency;
  interval: number;
}

/**
 * What the column holds: the rule plus the day of the month the series was set on, so that monthly
 * and yearly steps can return to the 31st after a shorter month clamped them. Never sent to clients.
 */
export interface StoredRecurrence extends Recurrence {
  anchorDay: number;
}

@Entity({ name: 'tasks' })
// Partial and descending: TypeORM cannot write these, the sync migration does.
@Index('tasks_owner_trash_idx', { synchronize: false })
@Index('tasks_trashed_at_idx', { synchronize: false })
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: false })
  completed: boolean;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  /** 0 = none … 3 = high, so that sorting by priority is a plain integer order. */
  @Column({ type: 'smallint', default: 0 })
  priority: number;

  @Column({ name: 'due_at', type: 'timestamptz', precision: 3, nullable: true })
  dueAt: Date | null;

  @Column({ name: 'remind_at', type: 'timestamptz', precision: 3, nullable: true })
  remindAt: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'jsonb', nullable: true })
  recurrence: StoredRecurrence | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** Grows by one with every change, by a trigger, whichever statement makes it (see the sync migration). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Set while the task is in the trash. */
  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;
}
