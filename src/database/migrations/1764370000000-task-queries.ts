import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for every list filter and sort of a user's tasks, and the rules the API enforces kept
 * by the database too. Each sort index is (owner_id, <sort expression>, id): the list's ORDER BY
 * and keyset predicate use exactly these expressions, so a page is one short index range scan.
 */
export class TaskQueries1764370000000 implements MigrationInterface {
  name = 'TaskQueries1764370000000';

  async up(db: QueryRunner): Promise<void> {
    // Trigram indexes serve case-insensitive substring search (ILIKE '%text%'); trusted extension.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`CREATE INDEX tasks_owner_updated_idx ON tasks (owner_id, updated_at, id)`);
    // A missing due date sorts last both ways: as +infinity ascending, as -infinity descending.
    await db.query(
      `CREATE INDEX tasks_owner_due_asc_idx ON tasks (owner_id, COALESCE(due_at, 'infinity'::timestamptz), id)`,
    );
    await db.query(
      `CREATE INDEX tasks_owner_due_desc_idx ON tasks (owner_id, COALESCE(due_at, '-infinity'::timestamptz), id)`,
    );
    await db.query(`CREATE INDEX tasks_owner_priority_idx ON tasks (owner_id, priority, id)`);
    // Case-insensitive, and byte order so the order (and a cursor) is the same on every server.
    await db.query(`CREATE INDEX tasks_owner_title_idx ON tasks (owner_id, (lower(title)) COLLATE "C", id)`);
    await db.query(`CREATE INDEX tasks_tags_idx ON tasks USING gin (tags)`);
    await db.query(`CREATE INDEX tasks_title_trgm_idx ON tasks USING gin (title gin_trgm_ops)`);
    await db.query(`CREATE INDEX tasks_description_trgm_idx ON tasks USING gin (description gin_trgm_ops)`);
    // Reminders still to fire: only open tasks that have one.
    await db.query(
      `CREATE INDEX tasks_owner_open_remind_idx ON tasks (owner_id, remind_at) WHERE NOT completed AND remind_at IS NOT NULL`,
    );

    await db.query(`
      ALTER TABLE tasks
        ADD CONSTRAINT tasks_tags_check CHECK (cardinality(tags) <= 20),
        ADD CONSTRAINT tasks_recurrence_check CHECK (recurrence IS NULL OR due_at IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_recurrence_check, DROP CONSTRAINT tasks_tags_check`);
    for (const index of [
      'tasks_owner_open_remind_idx',
      'tasks_description_trgm_idx',
      'tasks_title_trgm_idx',
      'tasks_tags_idx',
      'tasks_owner_title_idx',
      'tasks_owner_priority_idx',
      'tasks_owner_due_desc_idx',
      'tasks_owner_due_asc_idx',
      'tasks_owner_updated_idx',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
  }
}
