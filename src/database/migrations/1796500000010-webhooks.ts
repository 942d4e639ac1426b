import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks: the endpoints users register, the messages queued for each (one per event, sent until
 * delivered or given up), and every attempt, which is what a user sees of them.
 */
export class Webhooks1796500000010 implements MigrationInterface {
  name = 'Webhooks1796500000010';

  async up(db: QueryRunner): Promise<void> {
    // `last_position`: the owner's events up to here are queued (or were not subscribed to); the
    // worker moves it in the transaction that queues them, so none is queued twice or skipped.
    await db.query(`
      CREATE TABLE webhooks (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL,
        url varchar(2048) NOT NULL,
        events text[] NOT NULL,
        description varchar(255),
        secret bytea NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason varchar(255),
        last_position bigint NOT NULL,
        last_delivery_at timestamptz(3),
        last_status integer,
        failing_since timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT webhooks_pkey PRIMARY KEY (id),
        CONSTRAINT webhooks_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT webhooks_events_check
          CHECK (events <@ ARRAY['task.changed', 'reminder.due']::text[] AND cardinality(events) > 0)
      )`);
    await db.query(`CREATE INDEX webhooks_owner_id_idx ON webhooks (owner_id, created_at)`);

    // The body is kept as it was first signed, so every retry sends the same bytes under the same id.
    await db.query(`
      CREATE TABLE webhook_messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        position bigint NOT NULL,
        type varchar(32) NOT NULL,
        body text NOT NULL,
        state varchar(16) NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL,
        CONSTRAINT webhook_messages_pkey PRIMARY KEY (id),
        CONSTRAINT webhook_messages_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE,
        CONSTRAINT webhook_messages_state_check CHECK (state IN ('pending', 'delivered', 'failed'))
      )`);
    await db.query(`CREATE UNIQUE INDEX webhook_messages_position_key ON webhook_messages (webhook_id, position)`);
    await db.query(
      `CREATE INDEX webhook_messages_due_idx ON webhook_messages (next_attempt_at) WHERE state = 'pending'`,
    );
    await db.query(`CREATE INDEX webhook_messages_created_at_idx ON webhook_messages (created_at)`);

    await db.query(`
      CREATE TABLE webhook_deliveries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        message_id uuid NOT NULL,
        type varchar(32) NOT NULL,
        attempt integer NOT NULL,
        status integer,
        error varchar(255),
        attempted_at timestamptz(3) NOT NULL,
        CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id),
        CONSTRAINT webhook_deliveries_message_id_fkey
          FOREIGN KEY (message_id) REFERENCES webhook_messages (id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX webhook_deliveries_webhook_id_idx ON webhook_deliveries (webhook_id, attempted_at, id)`,
    );
    await db.query(`CREATE INDEX webhook_deliveries_message_id_idx ON webhook_deliveries (message_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_messages`);
    await db.query(`DROP TABLE webhooks`);
  }
}
