import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExternalUsers1796107829769 implements MigrationInterface {
  name = 'ExternalUsers1796107829769';

  // Users of the external issuer: found by (issuer, subject), never by email; no password here,
  // and no email when the token named none or another account already has it.
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ALTER COLUMN email DROP NOT NULL, ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(
      `ALTER TABLE users ADD COLUMN external_issuer varchar(255), ADD COLUMN external_subject varchar(255)`,
    );
    await db.query(`CREATE UNIQUE INDEX users_external_identity_key ON users (external_issuer, external_subject)`);
    await db.query(`
      ALTER TABLE users
        ADD CONSTRAINT users_external_identity_check CHECK ((external_issuer IS NULL) = (external_subject IS NULL)),
        ADD CONSTRAINT users_sign_in_check
          CHECK (external_issuer IS NOT NULL OR (email IS NOT NULL AND password_hash IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Users without a password or an email cannot be kept by the older schema.
    await db.query(`DELETE FROM users WHERE external_issuer IS NOT NULL`);
    await db.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_sign_in_check,
        DROP CONSTRAINT users_external_identity_check,
        DROP COLUMN external_subject,
        DROP COLUMN external_issuer,
        ALTER COLUMN email SET NOT NULL,
        ALTER COLUMN password_hash SET NOT NULL`);
  }
}
