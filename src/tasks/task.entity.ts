import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

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

/**
 * The indexes marked `synchronize: false` are ones TypeORM cannot declare (descending keys,
 * expressions, GIN, partial indexes): the migrations create them, and naming them here tells the
 * schema diff they belong. Each list sort has its (owner_id, <sort expression>, id) index.
 */
@Entity({ name: 'tasks' })
@Index('tasks_owner_created_idx', { synchronize: false })
@Index('tasks_owner_updated_idx', ['ownerId', 'updatedAt', 'id'])
@Index('tasks_owner_due_asc_idx', { synchronize: false })
@Index('tasks_owner_due_desc_idx', { synchronize: false })
@Index('tasks_owner_priority_idx', ['ownerId', 'priority', 'id'])
@Index('tasks_owner_title_idx', { synchronize: false })
@Index('tasks_tags_idx', { synchronize: false })
@Index('tasks_title_trgm_idx', { synchronize: false })
@Index('tasks_description_trgm_idx', { synchronize: false })
@Index('tasks_owner_open_remind_idx', { synchronize: false })
@Index('tasks_owner_trash_idx', { synchronize: false })
@Index('tasks_trashed_at_idx', { synchronize: false })
@Index('tasks_pending_reminders_idx', { synchronize: false })
@Check('tasks_priority_check', 'priority BETWEEN 0 AND 3')
@Check('tasks_tags_check', 'cardinality(tags) <= 20')
@Check('tasks_recurrence_check', 'recurrence IS NULL OR due_at IS NOT NULL')
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  /** A user's tasks go with the user (and their tags' counts with the tasks, by trigger). */
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'tasks_owner_id_fkey' })
  owner?: User;

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
