import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A caller of the external issuer has no session here, yet its browser needs a ticket to open a
 * stream as much as anyone's: such a ticket names no session, only the user.
 */
export class ExternalEventTickets1796300000002 implements MigrationInterface {
  name = 'ExternalEventTickets1796300000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE event_tickets ALTER COLUMN session_id DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM event_tickets WHERE session_id IS NULL`);
    await db.query(`ALTER TABLE event_tickets ALTER COLUMN session_id SET NOT NULL`);
  }
}
