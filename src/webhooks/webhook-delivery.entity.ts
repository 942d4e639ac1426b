import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookMessage } from './webhook-message.entity';

/** One attempt to deliver a message: what the user sees in an endpoint's deliveries. */
@Entity({ name: 'webhook_deliveries' })
@Index('webhook_deliveries_webhook_id_idx', ['webhookId', 'attemptedAt', 'id'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_deliveries_pkey' })
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Index('webhook_deliveries_message_id_idx')
  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => WebhookMessage, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'webhook_deliveries_message_id_fkey' })
  message?: WebhookMessage;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ type: 'integer' })
  attempt: number;

  /** The receiver's HTTP status; null when it gave none (refused address, timeout, connection error). */
  @Column({ type: 'integer', nullable: true })
  status: number | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  error: string | null;

  @Column({ name: 'attempted_at', type: 'timestamptz', precision: 3 })
  attemptedAt: Date;
}
