import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** One signed-in device. Access tokens name it (`sid`), so ending it ends them at once. */
@Entity({ name: 'sessions' })
// (user_id, created_at DESC): TypeORM cannot declare a descending key, so it is only described here.
@Index('sessions_user_id_idx', { synchronize: false })
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** A user's sessions go with the user. */
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_id_fkey' })
  user?: User;

  /** SHA-256 of the current refresh token; the token itself is never stored. */
  @Index('sessions_refresh_token_hash_key', { unique: true })
  @Column({ name: 'refresh_token_hash', type: 'bytea' })
  refreshTokenHash: Buffer;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastUsedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;
}
