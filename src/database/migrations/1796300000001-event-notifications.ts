import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wake-ups for live readers of the event log, on every instance, whoever writes: PostgreSQL sends a
 * NOTIFY when the writing transaction commits (and never for one that rolls back).
 *
 * - `user_events`, payload a user id: that user's log has new entries. Once per user a statement
 *   touched, whatever wrote them (the task triggers, reminders, anything added later). A reader
 *   reads its log after the last position it has, so a merged or lost notification costs nothing.
 * - `session_ended`, payload a session id or a personal access token id: what it authenticated ends
 *   now (logout, revocation, a password change, a stolen refresh token, a deleted token or account).
 */
export class EventNotifications1796300000001 implements MigrationInterface {
  name = 'EventNotifications1796300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION events_notify_users() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('user_events', u.user_id::text)
        FROM (SELECT DISTINCT user_id FROM new_rows ORDER BY user_id) AS u;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER events_notify_users AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION events_notify_users()`);

    await db.query(`
      CREATE FUNCTION notify_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('session_ended', OLD.id::text);
        RETURN NULL;
      END $$`);
    // Row triggers with a WHEN clause: transition tables cannot go with a column list, and ends are rare.
    await db.query(`
      CREATE TRIGGER sessions_notify_revoked AFTER UPDATE OF revoked_at ON sessions
      FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
      EXECUTE FUNCTION notify_session_ended()`);
    // A session deleted while active: its user was deleted.
    await db.query(`
      CREATE TRIGGER sessions_notify_deleted AFTER DELETE ON sessions
      FOR EACH ROW WHEN (OLD.revoked_at IS NULL) EXECUTE FUNCTION notify_session_ended()`);
    await db.query(`
      CREATE TRIGGER personal_access_tokens_notify_deleted AFTER DELETE ON personal_access_tokens
      FOR EACH ROW EXECUTE FUNCTION notify_session_ended()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER personal_access_tokens_notify_deleted ON personal_access_tokens`);
    await db.query(`DROP TRIGGER sessions_notify_deleted ON sessions`);
    await db.query(`DROP TRIGGER sessions_notify_revoked ON sessions`);
    await db.query(`DROP FUNCTION notify_session_ended()`);
    await db.query(`DROP TRIGGER events_notify_users ON events`);
    await db.query(`DROP FUNCTION events_notify_users()`);
  }
}
