import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A task whose reminder is pending: it has a time, and it is open and not in the trash. */
const armed = (t: string) => `(${t}.remind_at IS NOT NULL AND NOT ${t}.completed AND ${t}.deleted_at IS NULL)`;

/** Older than this, a reminder is dropped rather than sent late (and so never scheduled). */
const MAX_LATENESS = `interval '24 hours'`;

/**
 * The job specs that (re)schedule the reminders of the rows `rows` (a query with owner_id, id and
 * remind_at): one job per task, keyed by the task, at its remind_at. Adding a spec for a key that
 * waits replaces that job, so the job always carries the task's latest time.
 */
const reminderJobs = (rows: string) => `
  SELECT array_agg(ROW(
    'reminder.due',
    json_build_object('ownerId', r.owner_id, 'taskId', r.id, 'remindAt', r.remind_at),
    NULL, r.remind_at, NULL, 'reminder:' || r.id, NULL, NULL
  )::graphile_worker.job_spec)
  FROM (${rows}) AS r`;

/**
 * Reminders as jobs of the job engine (graphile-worker, whose schema start-up installs first). The
 * task row is the truth: a trigger on tasks schedules, moves or cancels its reminder's job in the
 * transaction of whatever write changed its time, its completion or its trash (every route, MCP,
 * purge, a statement by hand), so no write path can forget it. The job only says when to look:
 * when it runs it reads the task again and fires only if it is still due at that time, recording
 * it in reminders_done in the transaction that appends the event, so it fires once.
 */
export class Reminders1796400000001 implements MigrationInterface {
  name = 'Reminders1796400000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reminders_done (
        task_id uuid NOT NULL,
        remind_at timestamptz(3) NOT NULL,
        owner_id uuid NOT NULL,
        sent boolean NOT NULL,
        done_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT reminders_done_pkey PRIMARY KEY (task_id, remind_at),
        CONSTRAINT reminders_done_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE
      )`);
    // What the prune drops: firings older than any reminder that can still fire.
    await db.query(`CREATE INDEX reminders_done_remind_at_idx ON reminders_done (remind_at)`);
    // Pending reminders by time, for the re-arm at start-up (the last day's, not yet done).
    await db.query(`
      CREATE INDEX tasks_pending_reminders_idx ON tasks (remind_at)
      WHERE remind_at IS NOT NULL AND NOT completed AND deleted_at IS NULL`);

    await db.query(`
      CREATE FUNCTION tasks_schedule_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        specs graphile_worker.job_spec[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${reminderJobs(`SELECT n.* FROM new_rows n WHERE ${armed('n')} AND n.remind_at > now() - ${MAX_LATENESS}`)}
          INTO specs;
        ELSIF TG_OP = 'UPDATE' THEN
          ${reminderJobs(`
            SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE ${armed('n')} AND n.remind_at > now() - ${MAX_LATENESS}
              AND (NOT ${armed('o')} OR n.remind_at <> o.remind_at)`)}
          INTO specs;
          PERFORM graphile_worker.remove_job('reminder:' || n.id)
          FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE ${armed('o')} AND (NOT ${armed('n')} OR n.remind_at <= now() - ${MAX_LATENESS});
        ELSE
          PERFORM graphile_worker.remove_job('reminder:' || o.id) FROM old_rows o WHERE ${armed('o')};
        END IF;
        IF specs IS NOT NULL THEN
          PERFORM graphile_worker.add_jobs(specs);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_schedule_reminders_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_schedule_reminders()`);
    await db.query(`
      CREATE TRIGGER tasks_schedule_reminders_update AFTER UPDATE ON tasks
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_schedule_reminders()`);
    await db.query(`
      CREATE TRIGGER tasks_schedule_reminders_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_schedule_reminders()`);

    // The reminders that were pending before this migration.
    await db.query(`
      DO $$
      DECLARE
        specs graphile_worker.job_spec[];
      BEGIN
        ${reminderJobs(`SELECT t.* FROM tasks t WHERE ${armed('t')} AND t.remind_at > now() - ${MAX_LATENESS}`)}
        INTO specs;
        IF specs IS NOT NULL THEN
          PERFORM graphile_worker.add_jobs(specs);
        END IF;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete'])
      await db.query(`DROP TRIGGER tasks_schedule_reminders_${op} ON tasks`);
    await db.query(`DROP FUNCTION tasks_schedule_reminders()`);
    await db.query(
      `SELECT graphile_worker.remove_job(key) FROM graphile_worker._private_jobs WHERE key LIKE 'reminder:%'`,
    );
    await db.query(`DROP INDEX tasks_pending_reminders_idx`);
    await db.query(`DROP TABLE reminders_done`);
  }
}
