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

    // Each owner's tags with how many of their tasks carry each, kept by a trigger: GET /api/tags reads
    // a few rows instead of unnesting every task, and the list answers an unused tag at once.
    // No foreign key: deleting a user deletes their tasks, whose trigger then empties their rows here.
    await db.query(`
      CREATE TABLE tags (
        owner_id uuid NOT NULL,
        name text COLLATE "C" NOT NULL,
        task_count integer NOT NULL,
        PRIMARY KEY (owner_id, name)
      )`);
    await db.query(`
      CREATE FUNCTION tasks_count_tags() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        owners uuid[];
        names text[];
        deltas integer[];
      BEGIN
        -- Net change per (owner, tag) over the whole statement, in key order so that concurrent
        -- statements lock the same rows in the same order.
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(owner_id ORDER BY owner_id, name), array_agg(name ORDER BY owner_id, name),
                 array_agg(delta ORDER BY owner_id, name)
          INTO owners, names, deltas
          FROM (SELECT owner_id, name, count(*)::int AS delta
                FROM new_rows CROSS JOIN LATERAL unnest(tags) AS name GROUP BY owner_id, name) AS d;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(owner_id ORDER BY owner_id, name), array_agg(name ORDER BY owner_id, name),
                 array_agg(delta ORDER BY owner_id, name)
          INTO owners, names, deltas
          FROM (SELECT owner_id, name, -count(*)::int AS delta
                FROM old_rows CROSS JOIN LATERAL unnest(tags) AS name GROUP BY owner_id, name) AS d;
        ELSE
          SELECT array_agg(owner_id ORDER BY owner_id, name), array_agg(name ORDER BY owner_id, name),
                 array_agg(delta ORDER BY owner_id, name)
          INTO owners, names, deltas
          FROM (SELECT owner_id, name, sum(change)::int AS delta
                FROM (SELECT owner_id, name, 1 AS change FROM new_rows CROSS JOIN LATERAL unnest(tags) AS name
                      UNION ALL
                      SELECT owner_id, name, -1 FROM old_rows CROSS JOIN LATERAL unnest(tags) AS name) AS c
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
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_count_tags_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_count_tags()`);
    await db.query(`
      CREATE TRIGGER tasks_count_tags_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_count_tags()`);
    await db.query(`
      CREATE TRIGGER tasks_count_tags_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION tasks_count_tags()`);
    await db.query(`
      INSERT INTO tags (owner_id, name, task_count)
      SELECT owner_id, name, count(*) FROM tasks CROSS JOIN LATERAL unnest(tags) AS name GROUP BY owner_id, name`);

    await db.query(`
      ALTER TABLE tasks
        ADD CONSTRAINT tasks_tags_check CHECK (cardinality(tags) <= 20),
        ADD CONSTRAINT tasks_recurrence_check CHECK (recurrence IS NULL OR due_at IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_recurrence_check, DROP CONSTRAINT tasks_tags_check`);
    for (const op of ['insert', 'update', 'delete']) await db.query(`DROP TRIGGER tasks_count_tags_${op} ON tasks`);
    await db.query(`DROP FUNCTION tasks_count_tags()`);
    await db.query(`DROP TABLE tags`);
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
