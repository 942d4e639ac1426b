import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
// Unique on lower(email): an expression index, which TypeORM cannot declare, so it is only described here.
@Index('users_email_key', { synchronize: false })
@Check('users_email_check', 'email = lower(btrim(email))')
@Index('users_external_identity_key', ['externalIssuer', 'externalSubject'], { unique: true })
@Check('users_external_identity_check', '(external_issuer IS NULL) = (external_subject IS NULL)')
@Check('users_sign_in_check', 'external_issuer IS NOT NULL OR (email IS NOT NULL AND password_hash IS NOT NULL)')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * Stored trimmed and lower-cased; a unique index on it makes emails unique case-insensitively.
   * Null only for a user of the external issuer whose token named no email, or one already taken.
   */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  /** Null for a user of the external issuer: they sign in there, never with a password here. */
  @Column({ name: 'password_hash', type: 'varchar', length: 100, nullable: true })
  passwordHash: string | null;

  /** With the subject, who this user is at the external issuer; both null for a password account. */
  @Column({ name: 'external_issuer', type: 'varchar', length: 255, nullable: true })
  externalIssuer: string | null;

  @Column({ name: 'external_subject', type: 'varchar', length: 255, nullable: true })
  externalSubject: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
