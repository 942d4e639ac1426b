import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * The head of one user's event log. Every change moves it in its own transaction, so one user's
 * events take gapless positions in commit order (see the sync migration).
 */
@Entity({ name: 'event_logs' })
export class EventLog {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'event_logs_pkey' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'event_logs_user_id_fkey' })
  user?: User;

  @Column({ name: 'last_position', type: 'bigint', default: 0 })
  lastPosition: string;

  /** Events up to this position were dropped after the retention: a cursor before it is too old. */
  @Column({ name: 'pruned_through', type: 'bigint', default: 0 })
  prunedThrough: string;
}
