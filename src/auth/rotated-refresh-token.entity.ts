import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Session } from './session.entity';

/**
 * A refresh token a session has rotated away, kept so that one presented again is recognised as a
 * copy (theft) however many rotations ago it was replaced, or, within the grace period and while
 * its successor is unused, answered with that successor again. They go with their session.
 */
@Entity({ name: 'rotated_refresh_tokens' })
export class RotatedRefreshToken {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea', primaryKeyConstraintName: 'rotated_refresh_tokens_pkey' })
  tokenHash: Buffer;

  @Index('rotated_refresh_tokens_session_id_idx')
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'rotated_refresh_tokens_session_id_fkey' })
  session?: Session;

  @CreateDateColumn({ name: 'rotated_at', type: 'timestamptz', precision: 3 })
  rotatedAt: Date;

  /** SHA-256 of the token that replaced this one: while the session's current hash equals it, it is unused. */
  @Column({ name: 'successor_hash', type: 'bytea', nullable: true })
  successorHash: Buffer | null;

  /**
   * That successor, sealed under a key derived from this token (see refresh-token-seal.ts), so
   * that only this token's holder can open it; dropped once the successor is used.
   */
  @Column({ name: 'successor_sealed', type: 'bytea', nullable: true })
  successorSealed: Buffer | null;
}
