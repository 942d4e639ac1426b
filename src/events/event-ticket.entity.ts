import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Session } from '../auth/session.entity';

/** A single-use ticket that opens one event stream for a browser's EventSource (which cannot send headers). */
@Entity({ name: 'event_tickets' })
@Index('event_tickets_session_id_idx', ['sessionId'])
export class EventTicket {
  /** SHA-256 of the ticket; the ticket itself is never stored. */
  @PrimaryColumn({ name: 'token_hash', type: 'bytea', primaryKeyConstraintName: 'event_tickets_pkey' })
  tokenHash: Buffer;

  /** Null for a caller of the external issuer, who has no session here. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'event_tickets_session_id_fkey' })
  session?: Session;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** When the access token the ticket was asked with expires: the stream ends then, as it would with that token. */
  @Column({ name: 'access_expires_at', type: 'timestamptz', precision: 3 })
  accessExpiresAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;
}
