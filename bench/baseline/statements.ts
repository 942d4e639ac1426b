/**
 * The SQL text the API sends for each benchmarked route, as PostgreSQL logged it (the harness's
 * statement check compares the two servers' logs, so a change on either side shows up there).
 */
const taskColumns = (alias: string) =>
  `${alias}.id, ${alias}.title, ${alias}.description, ${alias}.completed, ${alias}.completed_at AS "completedAt", ` +
  `${alias}.priority, ${alias}.due_at AS "dueAt", ${alias}.remind_at AS "remindAt", ${alias}.tags, ` +
  `${alias}.recurrence, ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt"`;
const COLUMNS = taskColumns('tasks');

/** The session check behind every access token, as the query builder writes it. */
export const SESSION_ACTIVE =
  'SELECT 1 AS "one" FROM "sessions" "s" WHERE "s"."id" = $1 AND "s"."user_id" = $2 AND ' +
  '("s"."revoked_at" IS NULL AND "s"."expires_at" > now())';

export const listTasks = (limit: number) =>
  `SELECT ${taskColumns('t')} FROM tasks t WHERE (t.owner_id = $1) ORDER BY t.created_at DESC, t.id DESC LIMIT ${limit}`;

export const FIND_TASK = {
  name: 'task-find',
  text: `SELECT ${COLUMNS} FROM tasks WHERE id = $1 AND owner_id = $2`,
};

export const FIND_TASK_FOR_WRITE = {
  name: 'task-find-versioned',
  text: `SELECT ${COLUMNS}, xmin::text AS version FROM tasks WHERE id = $1 AND owner_id = $2`,
};

export const INSERT_TASK = {
  name: 'task-insert',
  text:
    'INSERT INTO tasks (owner_id, title, description, completed, completed_at, priority, due_at, remind_at, tags, recurrence) ' +
    `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
};

export const UPDATE_TASK = {
  name: 'task-update',
  text:
    'UPDATE tasks SET title = $3, description = $4, completed = $5, completed_at = $6, priority = $7, due_at = $8, ' +
    'remind_at = $9, tags = $10, recurrence = $11, updated_at = CURRENT_TIMESTAMP ' +
    `WHERE id = $1 AND owner_id = $2 AND xmin = $12::xid RETURNING ${COLUMNS}`,
};

const DONE = 'COALESCE($3::boolean, NOT completed)';
export const COMPLETE_TASK = {
  name: 'task-complete',
  text:
    `UPDATE tasks SET completed = ${DONE}, ` +
    `completed_at = CASE WHEN NOT ${DONE} THEN NULL WHEN completed THEN completed_at ELSE $4::timestamptz END, ` +
    `updated_at = CASE WHEN completed = ${DONE} THEN updated_at ELSE CURRENT_TIMESTAMP END ` +
    `WHERE id = $1 AND owner_id = $2 AND (recurrence IS NULL OR due_at IS NULL OR NOT ${DONE}) ` +
    `RETURNING ${COLUMNS}`,
};

/** Compares lower(email), the expression of the unique index users_email_key. */
export const FIND_USER_BY_EMAIL =
  'SELECT "u"."id" AS "u_id", "u"."email" AS "u_email", "u"."name" AS "u_name", ' +
  '"u"."password_hash" AS "u_password_hash", "u"."created_at" AS "u_created_at", ' +
  '"u"."updated_at" AS "u_updated_at" FROM "users" "u" WHERE lower("u"."email") = lower($1)';

export const INSERT_SESSION =
  'INSERT INTO "sessions"("id", "user_id", "refresh_token_hash", "user_agent", "created_at", "last_used_at", "expires_at", "revoked_at") ' +
  'VALUES (DEFAULT, $1, $2, $3, DEFAULT, $4, $5, DEFAULT) RETURNING "id", "created_at"';

/** Ended sessions are dropped at each sign-in, before the new one is inserted. */
export const DELETE_ENDED_SESSIONS =
  'DELETE FROM "sessions" WHERE "user_id" = $1 AND NOT ("revoked_at" IS NULL AND "expires_at" > now())';
