import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import type { TokenScope } from './token-scopes';

/** A named, scoped, expiring credential for a script or an assistant; only its hash is kept. */
@Entity({ name: 'personal_access_tokens' })
@Check(
  'personal_access_tokens_scopes_check',
  `scopes <@ ARRAY['tasks:read', 'tasks:write']::text[] AND cardinality(scopes) > 0`,
)
export class PersonalAccessToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'personal_access_tokens_pkey' })
  id: string;

  @Index('personal_access_tokens_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'personal_access_tokens_user_id_fkey' })
  user?: User;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the whole token; looked up on every request the token makes. */
  @Index('personal_access_tokens_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'text', array: true })
  scopes: TokenScope[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;
}
