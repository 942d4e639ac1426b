import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshTokenSuccessors1796103071555 implements MigrationInterface {
  name = 'RefreshTokenSuccessors1796103071555';

  // What each rotated token was replaced by, so that one presented again within the grace period
  // gets that same successor: its hash (is it still the session's current token?) and a copy
  // sealed under a key only the rotated token's holder can derive. Rows from before stay empty,
  // and such a token presented again is treated as theft, as it was.
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE rotated_refresh_tokens
        ADD COLUMN successor_hash bytea,
        ADD COLUMN successor_sealed bytea`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rotated_refresh_tokens DROP COLUMN successor_sealed, DROP COLUMN successor_hash`);
  }
}
