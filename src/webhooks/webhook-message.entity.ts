import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Webhook } from './webhook.entity';

export type MessageState = 'pending' | 'delivered' | 'failed';

/** One event queued for one endpoint; its id is the `webhook-id` every attempt sends. */
@Entity({ name: 'webhook_messages' })
@Index('webhook_messages_position_key', ['webhookId', 'position'], { unique: true })
@Index('webhook_messages_due_idx', ['nextAttemptAt'], { where: `state = 'pending'` })
@Index('webhook_messages_created_at_idx', ['createdAt'])
@Check('webhook_messages_state_check', `state IN ('pending', 'delivered', 'failed')`)
export class WebhookMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_messages_pkey' })
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @ManyToOne(() => Webhook, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'webhook_messages_webhook_id_fkey' })
  webhook?: Webhook;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  /** The event's position in its owner's log. */
  @Column({ type: 'bigint' })
  position: string;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  /** The JSON body exactly as signed. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  state: MessageState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', precision: 3 })
  nextAttemptAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
