import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764367200000 implements MigrationInterface {
  name = 'InitialSchema1764367200000';

  // Timestamps keep milliseconds only, so a value read into a JavaScript Date (a keyset cursor,
  // say) compares equal to the stored one.
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL CHECK (email = lower(btrim(email))),
        name varchar(100),
        password_hash varchar(100) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        refresh_token_hash bytea NOT NULL,
        user_agent varchar(512),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id, created_at DESC)`);
    await db.query(`CREATE UNIQUE INDEX sessions_refresh_token_hash_key ON sessions (refresh_token_hash)`);

    await db.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title varchar(255) NOT NULL,
        description varchar(1000),
        completed boolean NOT NULL DEFAULT false,
        completed_at timestamptz(3),
        priority smallint NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
        due_at timestamptz(3),
        remind_at timestamptz(3),
        tags text[] NOT NULL DEFAULT '{}',
        recurrence jsonb,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Serves the default list order (newest first) as a keyset scan per owner.
    await db.query(`CREATE INDEX tasks_owner_created_idx ON tasks (owner_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tasks`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
  }
}
