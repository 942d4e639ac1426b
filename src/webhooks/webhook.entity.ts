import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

export const WEBHOOK_EVENTS = ['task.changed', 'reminder.due'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** An endpoint a user registered to receive their events; see the webhooks migration. */
@Entity({ name: 'webhooks' })
@Index('webhooks_owner_id_idx', ['ownerId', 'createdAt'])
@Check('webhooks_events_check', `events <@ ARRAY['task.changed', 'reminder.due']::text[] AND cardinality(events) > 0`)
export class Webhook {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhooks_pkey' })
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'webhooks_owner_id_fkey' })
  owner?: User;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'text', array: true })
  events: WebhookEvent[];

  @Column({ type: 'varchar', length: 255, nullable: true })
  description: string | null;

  /** The signing secret, sealed under a key derived from the application's secret (webhook-secret.ts). */
  @Column({ type: 'bytea' })
  secret: Buffer;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'disabled_reason', type: 'varchar', length: 255, nullable: true })
  disabledReason: string | null;

  /** The owner's events up to this position are queued, or were of a type not subscribed to. */
  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition: string;

  @Column({ name: 'last_delivery_at', type: 'timestamptz', precision: 3, nullable: true })
  lastDeliveryAt: Date | null;

  @Column({ name: 'last_status', type: 'integer', nullable: true })
  lastStatus: number | null;

  /** The first failure since the last success; null while deliveries succeed. */
  @Column({ name: 'failing_since', type: 'timestamptz', precision: 3, nullable: true })
  failingSince: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
