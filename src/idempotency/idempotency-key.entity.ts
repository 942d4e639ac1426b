import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A request made under an `Idempotency-Key`: what it was (method, path, body digest), and once it
 * has been answered, the answer to replay. `status` null means the first request is still running.
 */
@Entity({ name: 'idempotency_keys' })
@Index('idempotency_keys_created_at_idx', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'idempotency_keys_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'idempotency_keys_pkey' })
  key: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'idempotency_keys_user_id_fkey' })
  user?: User;

  @Column({ type: 'varchar', length: 7 })
  method: string;

  @Column({ type: 'varchar', length: 2048 })
  path: string;

  @Column({ name: 'body_hash', type: 'bytea' })
  bodyHash: Buffer;

  /** Names the request that holds the key, so a request that lost it to a takeover cannot store its answer. */
  @Column({ type: 'uuid' })
  claim: string;

  @Column({ type: 'smallint', nullable: true })
  status: number | null;

  @Column({ name: 'response_headers', type: 'jsonb', nullable: true })
  responseHeaders: Record<string, string> | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
