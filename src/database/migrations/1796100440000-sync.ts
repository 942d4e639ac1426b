import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What lets a client stay in step with its tasks: a version per task, a trash, one event log per
 * user (the changes feed and the live stream read it), idempotency keys and live-stream tickets.
 */
/**
 * Appends one event per changed task to its owner's log: the heads are moved in owner order (so two
 * statements lock them in the same order), and each change takes the next position.
 */
function logChanges(changed: string): string {
  return `
    WITH changed AS (${changed}),
    counts AS (SELECT owner_id, count(*) AS total FROM changed GROUP BY owner_id ORDER BY owner_id),
    heads AS (
      UPDATE event_logs l SET last_position = l.last_position + c.total
      FROM counts c WHERE l.user_id = c.owner_id
      RETURNING l.user_id, l.last_position - c.total AS base
    )
    INSERT INTO events (user_id, position, type, task_id)
    SELECT c.owner_id, h.base + row_number() OVER (PARTITION BY c.owner_id ORDER BY c.task_id), 'task.changed', c.task_id
    FROM changed c JOIN heads h ON h.user_id = c.owner_id`;
}

/**
 * The tags table counts untrashed tasks only: a trashed task leaves its tags, a restored one brings
 * them back, and a purged one (already out of the count) changes nothing. `live` filters the rows.
 */
function countTagsFunction(live: string): string {
  const rows = (table: string) => `(SELECT * FROM ${table}${live}) AS ${table}_counted`;
  return `
    CREATE OR REPLACE FUNCTION tasks_count_tags() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      owners uuid[];
      names text[];
      deltas integer[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        SELECT array_agg(owner_id ORDER BY owner_id, name), array_agg(name ORDER BY owner_id, name),
               array_agg(delta ORDER BY owner_id, name)
        INTO owners, names, deltas
        FROM (SELECT owner_id, name, count(*)::int AS delta
              FROM ${rows('new_rows')} CROSS JOIN LATERAL unnest(tags) AS name GROUP BY owner_id, name) AS d;
      ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(owner_id ORDER BY owner_id, name), array_agg(name ORDER BY owner_id, name),
               array_agg(delta ORDER BY owner_id, name)
        INTO owners, names, deltas
        FROM (SELECT owner_id, name, -count(*)::int AS delta
              FROM ${rows('old_rows')} CROSS JOIN LATERAL unnest(tags) AS name GROUP BY owner_id, name) AS d;
      ELSE
        SELECT array_agg(owner_id ORDER BY owner_id, name), array_agg(name ORDER BY owner_id, name),
               array_agg(delta ORDER BY owner_id, name)
        INTO owners, names, deltas
        FROM (SELECT owner_id, name, sum(change)::int AS delta
              FROM (SELECT owner_id, name, 1 AS change FROM ${rows('new_rows')} CROSS JOIN LATERAL unnest(tags) AS name
                    UNION ALL
                    SELECT owner_id, name, -1 FROM ${rows('old_rows')} CROSS JOIN LATERAL unnest(tags) AS name) AS c
              GROUP BY owner_id, name
              HAVING sum(change) <> 0) AS d;
      END IF;
      IF owners IS NULL THEN
        RETURN NULL;
      END IF;
      INSERT INTO tags (owner_id, name, task_count)
      SELECT * FROM unnest(owners, names, deltas)
      ON CONFLICT (owner_id, name) DO UPDATE SET task_count = tags.task_count + EXCLUDED.task_count;
      DELETE FROM tags USING unnest(owners, names) AS changed (owner_id, name)
      WHERE tags.owner_id = changed.owner_id AND tags.name = changed.name AND tags.task_count <= 0;
      RETURN NULL;
    END $$`;
}

export class Sync1796100440000 implements MigrationInterface {
  name = 'Sync1796100440000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE tasks
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN deleted_at timestamptz(3)`);
    // The trash page (most recently deleted first), and the purge of what outlived the retention.
    await db.query(
      `CREATE INDEX tasks_owner_trash_idx ON tasks (owner_id, deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL`,
    );
    await db.query(`CREATE INDEX tasks_trashed_at_idx ON tasks (deleted_at) WHERE deleted_at IS NOT NULL`);
    await db.query(countTagsFunction(' WHERE deleted_at IS NULL'));

    // Whatever statement changes a task, its version grows by one: no write path can forget it, and a
    // write that changes nothing keeps it.
    await db.query(`
      CREATE FUNCTION tasks_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW IS DISTINCT FROM OLD THEN
          NEW.version := OLD.version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_next_version BEFORE UPDATE ON tasks
      FOR EACH ROW EXECUTE FUNCTION tasks_next_version()`);

    // One log per user. Its head row is updated in the transaction of every change, so one user's
    // writes take their positions one after another and commit in that order: positions have no
    // gaps, and a reader that has seen a position has seen every change before it (a global
    // sequence would let a later position commit before an earlier one, which a reader would skip).
    await db.query(`
      CREATE TABLE event_logs (
        user_id uuid NOT NULL,
        last_position bigint NOT NULL DEFAULT 0,
        pruned_through bigint NOT NULL DEFAULT 0,
        CONSTRAINT event_logs_pkey PRIMARY KEY (user_id),
        CONSTRAINT event_logs_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    // Task events carry no copy of the task: a reader joins the task as it is in its own snapshot, and
    // a task that is gone was deleted for good at its last event's time.
    await db.query(`
      CREATE TABLE events (
        user_id uuid NOT NULL,
        position bigint NOT NULL,
        type varchar(32) NOT NULL,
        task_id uuid,
        data jsonb,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT events_pkey PRIMARY KEY (user_id, position),
        CONSTRAINT events_user_id_fkey FOREIGN KEY (user_id) REFERENCES event_logs (user_id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX events_created_at_idx ON events (created_at)`);
    await db.query(`INSERT INTO event_logs (user_id) SELECT id FROM users`);
    await db.query(`
      CREATE FUNCTION users_open_event_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO event_logs (user_id) VALUES (NEW.id);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER users_open_event_log AFTER INSERT ON users
      FOR EACH ROW EXECUTE FUNCTION users_open_event_log()`);

    // Every change to a task takes the next position of its owner's log in the same transaction,
    // whichever statement made it (a write, a trash, a purge). Only rows whose version moved count.
    // A user being deleted has no log any more, so their cascaded tasks log nothing.
    await db.query(`
      CREATE FUNCTION tasks_log_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${logChanges('SELECT owner_id, id AS task_id FROM new_rows')};
        ELSIF TG_OP = 'DELETE' THEN
          ${logChanges('SELECT owner_id, id AS task_id FROM old_rows')};
        ELSE
          ${logChanges(
            'SELECT n.owner_id, n.id AS task_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.version <> o.version',
          )};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_log_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_log_changes()`);
    await db.query(`
      CREATE TRIGGER tasks_log_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_log_changes()`);
    await db.query(`
      CREATE TRIGGER tasks_log_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_log_changes()`);

    await db.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key varchar(255) NOT NULL,
        method varchar(7) NOT NULL,
        path varchar(2048) NOT NULL,
        body_hash bytea NOT NULL,
        claim uuid NOT NULL,
        status smallint,
        response_headers jsonb,
        response_body text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (user_id, key),
        CONSTRAINT idempotency_keys_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)`);

    await db.query(`
      CREATE TABLE event_tickets (
        token_hash bytea NOT NULL,
        session_id uuid NOT NULL,
        user_id uuid NOT NULL,
        access_expires_at timestamptz(3) NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        CONSTRAINT event_tickets_pkey PRIMARY KEY (token_hash),
        CONSTRAINT event_tickets_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX event_tickets_session_id_idx ON event_tickets (session_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event_tickets`);
    await db.query(`DROP TABLE idempotency_keys`);
    for (const op of ['insert', 'update', 'delete']) await db.query(`DROP TRIGGER tasks_log_${op} ON tasks`);
    await db.query(`DROP FUNCTION tasks_log_changes()`);
    await db.query(`DROP TRIGGER users_open_event_log ON users`);
    await db.query(`DROP FUNCTION users_open_event_log()`);
    await db.query(`DROP TABLE events`);
    await db.query(`DROP TABLE event_logs`);
    await db.query(`DROP TRIGGER tasks_next_version ON tasks`);
    await db.query(`DROP FUNCTION tasks_next_version()`);
    await db.query(countTagsFunction(''));
    await db.query(`DROP INDEX tasks_trashed_at_idx`);
    await db.query(`DROP INDEX tasks_owner_trash_idx`);
    await db.query(`ALTER TABLE tasks DROP COLUMN deleted_at, DROP COLUMN version`);
  }
}
