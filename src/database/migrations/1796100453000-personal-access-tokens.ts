import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalAccessTokens1796100453000 implements MigrationInterface {
  name = 'PersonalAccessTokens1796100453000';

  // A token goes with its user; deleting a row is how it is revoked, so there is no revoked state.
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE personal_access_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        name varchar(100) NOT NULL,
        token_hash bytea NOT NULL,
        scopes text[] NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        last_used_at timestamptz(3),
        CONSTRAINT personal_access_tokens_pkey PRIMARY KEY (id),
        CONSTRAINT personal_access_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT personal_access_tokens_scopes_check
          CHECK (scopes <@ ARRAY['tasks:read', 'tasks:write']::text[] AND cardinality(scopes) > 0)
      )`);
    await db.query(`CREATE INDEX personal_access_tokens_user_id_idx ON personal_access_tokens (user_id)`);
    await db.query(`CREATE UNIQUE INDEX personal_access_tokens_token_hash_key ON personal_access_tokens (token_hash)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE personal_access_tokens`);
  }
}
