import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RotatedRefreshTokens1764380000000 implements MigrationInterface {
  name = 'RotatedRefreshTokens1764380000000';

  // Every refresh token a session has rotated away, so that one presented again is recognised as a
  // copy (theft) however many rotations ago it was replaced. They go with their session.
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rotated_refresh_tokens (
        token_hash bytea PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        rotated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX rotated_refresh_tokens_session_id_idx ON rotated_refresh_tokens (session_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rotated_refresh_tokens`);
  }
}
